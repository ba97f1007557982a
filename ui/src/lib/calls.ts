// The unlogged-calls queue's rules, apart from its component so they can be
// tested: which key does what, how a queued call fills the Log form, and how
// a call's figures read. The calls themselves, and which of them no inquiry
// matches, come from the backend (`unlogged_calls`, shared/spec/metrics.md
// "Calls: is every caller asked?").
import type { CallFormat, NotLeadReason, UnloggedCallDto } from "../bindings";
import { CALL_LAYOUTS } from "./choices";
import { emptyForm, type LogForm } from "./logform";

/** How many days back the queue looks. */
export const QUEUE_DAYS = 7;

/** The reasons a call is not a lead, in the order of their keys 1–4. */
export const REASONS: NotLeadReason[] = ["supplier", "existing_customer", "private", "wrong_number"];

export const reasonMsg = (r: NotLeadReason) => `ui-calls-reason-${r.replaceAll("_", "-")}`;

/**
 * What a key pressed in the queue asks for. `choosing` is true while the
 * reasons of "not a lead" are offered for the selected call.
 */
export type QueueAction =
  | { kind: "move"; index: number }
  | { kind: "open" }
  | { kind: "choose" }
  | { kind: "dismiss"; reason: NotLeadReason }
  | { kind: "cancel" }
  | { kind: "leave" };

/**
 * The action of key `e` on a queue of `n` calls with `index` selected, or
 * null for a key the queue leaves alone (Ctrl+Z, Alt+1…9 and the rest of the
 * screen's keys pass through). Modified keys are never the queue's.
 */
export function queueKey(e: Pick<KeyboardEvent, "key" | "ctrlKey" | "altKey" | "metaKey">, index: number, n: number, choosing: boolean): QueueAction | null {
  if (e.ctrlKey || e.altKey || e.metaKey || n === 0) return null;
  if (choosing) {
    const k = Number(e.key);
    if (Number.isInteger(k) && k >= 1 && k <= REASONS.length) return { kind: "dismiss", reason: REASONS[k - 1] };
    if (e.key === "Escape") return { kind: "cancel" };
    return null;
  }
  const at = Math.min(Math.max(index, 0), n - 1);
  switch (e.key) {
    case "ArrowDown": return { kind: "move", index: Math.min(at + 1, n - 1) };
    case "ArrowUp": return { kind: "move", index: Math.max(at - 1, 0) };
    case "Home": return { kind: "move", index: 0 };
    case "End": return { kind: "move", index: n - 1 };
    case "Enter": return { kind: "open" };
    case "n": case "N": case "Delete": return { kind: "choose" };
    case "Escape": return { kind: "leave" };
    default: return null;
  }
}

/** Whether `e` is the screen's key into the queue: Alt+Q. The physical key
 * counts too, since Alt+Q types another letter on some keyboards. */
export function isQueueKey(e: Pick<KeyboardEvent, "key" | "code" | "altKey" | "ctrlKey">): boolean {
  return e.altKey && !e.ctrlKey && (e.key.toLowerCase() === "q" || e.code === "KeyQ");
}

/**
 * The Log form for a queued call: a call received when it started, from the
 * number the phone system wrote, with the source its dialled tracking number
 * implies (none when the number dialled tracks nothing). Saving it as usual
 * logs an inquiry the call then matches, so it leaves the queue.
 */
export function formFromCall(c: UnloggedCallDto): LogForm {
  return { ...emptyForm("call"), receivedAt: c.started_at, phone: c.caller, sourceId: c.source_id };
}

/** A call's length as minutes and seconds ("4:05"), hours first past 60 minutes. */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const two = (v: number) => String(v).padStart(2, "0");
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}

/** The selection after the queue was loaded again: the same call if it is
 * still there, else the one now at the old place (the next older call). */
export function keepSelection(before: UnloggedCallDto[], after: UnloggedCallDto[], index: number): number {
  if (after.length === 0) return 0;
  const id = before[index]?.id;
  const same = after.findIndex((c) => c.id === id);
  return same >= 0 ? same : Math.min(index, after.length - 1);
}

/** The layouts the import screen offers, as `--format` names them; another
 * layout is read by its columns instead. */
export const CALL_FORMATS = CALL_LAYOUTS.filter((f) => f !== "columns");

/** The message naming a layout; `columns` is "another layout by its columns". */
export const callFormatMsg = (f: string) => `ui-calls-format-${f}`;

/** The arguments of `preview_call_log` and `import_call_log` for the
 * screen's choices: an empty choice is sent as none, so the backend
 * recognises the layout, reads no mapping and detects the encoding. */
export function callOptions(path: string, format: CallFormat | "", columns: string, encoding = "") {
  return { path: path.trim(), format: format || null, columns: columns.trim() || null, encoding: encoding || null };
}
