// The one "Deleted … Undo" offer of the app. A screen that deletes hands the
// answer of its delete command here, with what to do once the record is
// back (usually: load again); the toast in App shows it for ten seconds and
// Ctrl+Z takes it back meanwhile. The page keeps only the token: the
// deleted records themselves stay in the backend session.
import { call, errorText } from "./api";
import type { DeletedDto } from "../bindings";

export const UNDO_MS = 10_000;

export const undoState = $state({ current: null as DeletedDto | null, failure: "" });

let timer: ReturnType<typeof setTimeout> | undefined;
let restored: (() => void) | undefined;

/** Offers to undo deletion `d` for `ms` milliseconds; a newer offer replaces it. */
export function offerUndo(d: DeletedDto, onRestored?: () => void, ms = UNDO_MS) {
  clearTimeout(timer);
  undoState.current = d;
  undoState.failure = "";
  restored = onRestored;
  timer = setTimeout(dismissUndo, ms);
}

export function dismissUndo() {
  clearTimeout(timer);
  undoState.current = null;
  undoState.failure = "";
  restored = undefined;
}

/** Puts the offered deletion back; false (with the reason shown) if it cannot. */
export async function undoLast(): Promise<boolean> {
  const d = undoState.current;
  if (!d) return false;
  const then = restored;
  try {
    await call("undo_delete", { token: d.token });
    dismissUndo();
    then?.();
    return true;
  } catch (e) {
    undoState.failure = errorText(e);
    return false;
  }
}
