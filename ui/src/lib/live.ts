// Live screens (issue 14): the backend's watcher sees every change another
// seat or process commits, and the shell dispatches each in the window as
// the DOM event DATA_CHANGED_EVENT, its DataChanged the event's `detail`
// (a DOM event, not a Tauri one: listening to those would need a plugin
// call, which the isolation hook and the capability refuse). An open screen that shows the records reloads what it
// shows once a burst of changes has settled, within the spec's 2 seconds:
// it refreshes only its data, never the user's typing, selection, scroll
// or an open form (each screen keeps those in state of their own, and its
// rows are keyed by id, so an unchanged row keeps its place and focus).
import { DATA_CHANGED_EVENT, type DataChanged, type Table } from "../bindings";

/** How long the screen waits for a burst of changes (one save's inquiry
 * and touchpoints, an import's statements) to end before it reloads. */
export const SETTLE_MS = 300;
/** The longest a steady stream of changes delays a reload: the backend
 * reports within about half a second, so a change shows within 2 s. */
export const MAX_WAIT_MS = 1000;

/** Whether `change` touches any of `tables` (all of them when empty). */
export function touches(change: DataChanged, tables: readonly Table[]): boolean {
  return change.all || tables.length === 0 || change.tables.some((t) => tables.includes(t));
}

/**
 * A debounced `refresh`: `push()` asks for it, and it runs `settle` ms after
 * the last ask, or `maxWait` ms after the first unanswered one, whichever
 * comes first. A refresh still running when the next is due is not
 * started twice: one more follows it.
 */
export function debounce(refresh: () => unknown, settle = SETTLE_MS, maxWait = MAX_WAIT_MS) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let first: number | null = null;
  let running = false;
  let again = false;
  async function fire() {
    timer = undefined;
    first = null;
    if (running) { again = true; return; }
    running = true;
    try { await refresh(); } catch { /* the screen's own load shows its failure */ }
    running = false;
    if (again) { again = false; await fire(); }
  }
  return {
    push() {
      const now = Date.now();
      first ??= now;
      clearTimeout(timer);
      timer = setTimeout(fire, Math.max(0, Math.min(settle, first + maxWait - now)));
    },
    cancel() { clearTimeout(timer); timer = undefined; first = null; again = false; },
  };
}

/**
 * Calls `refresh` (debounced) whenever the records in `tables` change, for
 * as long as the screen is open; returns the function that stops it (for
 * onMount's or $effect's clean-up).
 */
export function onDataChanged(tables: readonly Table[], refresh: () => unknown): () => void {
  const d = debounce(refresh);
  const heard = (e: Event) => {
    const change = (e as CustomEvent<DataChanged>).detail;
    if (change && touches(change, tables)) d.push();
  };
  window.addEventListener(DATA_CHANGED_EVENT, heard);
  return () => { window.removeEventListener(DATA_CHANGED_EVENT, heard); d.cancel(); };
}

/** What the shell does when the records changed; for the tests. */
export function dispatchDataChanged(change: DataChanged): void {
  window.dispatchEvent(new CustomEvent(DATA_CHANGED_EVENT, { detail: change }));
}
