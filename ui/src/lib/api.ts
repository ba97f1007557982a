// Typed access to the Tauri commands (`call`, in call.ts; the argument and
// result types come from the Rust DTOs: bindings/index.ts is generated,
// never edited) and the texts of their errors.
import type { ApiError, DealDto, InquiryDto } from "../bindings";
import { t } from "./i18n.svelte";

export { call, type Commands } from "./call";

export function isApiError(e: unknown): e is ApiError {
  return typeof e === "object" && e !== null && "code" in e && "message" in e;
}

/** The message of any failure, for a status line. */
export function errorText(e: unknown): string {
  if (isApiError(e)) {
    // Errors the user meets through the app's own safety rules have their
    // own translated text; the rest keep the backend's sentence.
    if (e.code === "read_only") return t("ui-error-read-only");
    // The team server went away: every screen says so plainly.
    if (e.code === "offline") return t("ui-error-offline");
    // The money screens are locked with the owner PIN (see PinLock).
    if (e.code === "locked") return t("ui-error-locked");
    // The seat's role may not do this (the server's roles, src/role.rs):
    // a plain sentence in the user's language rather than the backend's
    // English one.
    if (e.code === "forbidden") return t("ui-error-forbidden");
    if (e.code === "not_found" && e.field === "token") return t("ui-undo-expired");
    // Another seat saved the record first: the screen shows it as it is now.
    if (e.code === "conflict") return t(e.current ? "ui-error-conflict" : "ui-error-conflict-removed");
    return e.message;
  }
  if (e instanceof Error) return e.message;
  return String(e);
}

/**
 * For a save refused with `conflict` (another seat changed the record after
 * it was read): the record as it now stands, as the command that was called
 * returns it, or null when the record is gone or the error is another.
 */
export function conflictCurrent<T extends InquiryDto | DealDto>(e: unknown): T | null {
  return isApiError(e) && e.code === "conflict" ? ((e.current as T | undefined) ?? null) : null;
}

/** The field an error names, to highlight it in a form. */
export function errorField(e: unknown): string | null {
  return isApiError(e) ? (e.field ?? null) : null;
}

/** The codes a team connection fails with, each with its own sentence. */
const TEAM_FAILURES: ReadonlySet<string> = new Set([
  "auth_failed",
  "offline",
  "not_found",
  "not_a_database",
  "server_too_old",
  "needs_upgrade",
  "database_too_new",
  "tls_failed",
  "forbidden",
] satisfies ApiError["code"][]);

/** Why connecting to a team server failed, in the user's language. */
export function teamErrorText(e: unknown): string {
  if (isApiError(e) && TEAM_FAILURES.has(e.code)) return t(`ui-team-error-${e.code.replaceAll("_", "-")}`);
  if (isApiError(e) && e.code === "invalid") return e.message;
  return t("ui-team-error-other");
}
