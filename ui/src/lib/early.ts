// The start's first requests. The page's entry (main.ts) sends the
// session's status and the dashboard's first query together, before the
// app's code is even loaded, so that the backend reads the database while
// WebKit parses the screens; App.svelte and Dashboard.svelte then take these
// answers instead of asking again. Sending the dashboard's query before the
// status says whether the dashboard opens is a guess: a start that opens
// elsewhere drops the answer (dropDashboard), and a seat that opened on
// another screen last time does not send it (the hint kept in localStorage),
// so that a front-desk seat's start does not load a team database's
// figures it never shows.
import type { Dashboard, DashboardQuery, SessionStatus } from "../bindings";
import { call } from "./call";
import { FIRST_MODEL, FIRST_PERIOD, query } from "./dashboard";

const HOME_KEY = "leadledger.home";

let status: Promise<SessionStatus> | null = null;
let board: { key: string; answer: Promise<Dashboard> } | null = null;

/** The dashboard's first query as Dashboard.svelte makes it: its year to
 * date asks no year, quarter or dates, so today is not needed for it. */
export function firstQuery(): DashboardQuery {
  return query(FIRST_PERIOD, 0, 0, 0, "", "", FIRST_MODEL);
}

function lastHome(): string | null {
  try {
    return localStorage.getItem(HOME_KEY);
  } catch {
    return null;
  }
}

/** Remembers the screen a start opened on, for the next start's guess. */
export function rememberHome(screen: string): void {
  try {
    localStorage.setItem(HOME_KEY, screen);
  } catch {
    // Without storage every start guesses the dashboard.
  }
}

/** Sends the status request and, unless the last start (or the address)
 * opened another screen, the dashboard's first query. */
export function sendFirstRequests(): void {
  status = call("session_status", {});
  // A failed status is App.svelte's to show, once it takes the promise.
  status.catch(() => {});
  const asked = new URLSearchParams(location.search).get("screen");
  if ((asked && asked !== "dashboard") || (lastHome() ?? "dashboard") !== "dashboard") return;
  const q = firstQuery();
  const answer = call("dashboard", { query: q });
  // A refusal (no company yet, a team seat offline) is nobody's business
  // unless the dashboard takes the answer, and then it shows it.
  answer.catch(() => {});
  board = { key: JSON.stringify(q), answer };
}

/** The status request sent at start, once; null afterwards. */
export function takeStatus(): Promise<SessionStatus> | null {
  const s = status;
  status = null;
  return s;
}

/** The dashboard's answer sent at start, if it was for `q`; once. */
export function takeDashboard(q: DashboardQuery): Promise<Dashboard> | null {
  const b = board;
  board = null;
  return b && b.key === JSON.stringify(q) ? b.answer : null;
}

/** The start did not open the dashboard (the welcome screen, a problem with
 * the file, a staff seat's Log screen): its early answer would be stale by
 * the time the dashboard opens. */
export function dropDashboard(): void {
  board = null;
}
