// Texts and small rules of keeping data safe, apart from the screens:
// messages with typed arguments (engine warnings, location notices), the
// backup list, the damaged or refused database file, deletions that can be
// undone, and the import progress bar. Everything the user reads goes
// through Fluent; the backend's English sentence is only the fallback for a
// message this version of the page does not know.
import type { ArgDto, BackupDto, BackupKind, DeletedDto, ImportProgress, NoticeDto, ProblemDto, WarningDto } from "../bindings";
import type { FluentVariable } from "@fluent/bundle";
import { date, dateTime, money, number, pct } from "./format";
import { t } from "./i18n.svelte";

/** Message arguments formatted by their kind in the user's language. */
export function argValues(lang: string, args: ArgDto[], currency = "EUR"): Record<string, FluentVariable> {
  const out: Record<string, FluentVariable> = {};
  for (const a of args) {
    switch (a.kind) {
      case "date": out[a.name] = date(lang, a.value); break;
      case "pct": out[a.name] = pct(lang, a.value); break;
      case "count": out[a.name] = number(lang, a.value, 1); break;
      case "money": out[a.name] = money(lang, a.value, currency, 2); break;
      default: out[a.name] = a.value;
    }
  }
  return out;
}

/** `id` with `args`, or `fallback` when this version has no such message. */
function translated(id: string, args: Record<string, FluentVariable>, fallback: string): string {
  const text = t(id, args);
  return text === id ? fallback : text;
}

export const warningText = (lang: string, w: WarningDto) => translated(w.message_id, argValues(lang, w.args), w.message);
export const noticeText = (lang: string, n: NoticeDto) => translated(n.message_id, argValues(lang, n.args), n.message);

export const backupKindMsg = (kind: BackupKind) => `ui-backup-kind-${kind.replaceAll("_", "-")}`;
export const backupWhen = (lang: string, b: { when: string }) => dateTime(lang, b.when);

/** A size in megabytes with one decimal, never "0.0" for a file that has bytes. */
export function sizeMb(lang: string, bytes: number): string {
  const mb = Math.max(bytes / 1048576, bytes > 0 ? 0.1 : 0);
  return t("ui-backups-size", { mb: number(lang, mb.toFixed(1), 1) });
}

/** The backups the user may restore: a damaged file kept aside is listed, not offered. */
export const restorable = (b: BackupDto) => b.kind !== "damaged";

/** Title and body of the full-page message for a file that was not opened. */
export function problemTexts(lang: string, p: ProblemDto): { title: string; body: string } {
  const key = `ui-problem-${p.code.replaceAll("_", "-")}`;
  const args = {
    file: p.file,
    found: String(p.found_version ?? "?"),
    supported: String(p.supported_version),
    reason: p.message,
  };
  return { title: translated(`${key}-title`, args, p.code), body: translated(`${key}-body`, args, p.message) };
}

/** "Restore the backup of 3 Jun 2026 14:02", or null without a sound backup. */
export function restoreLabel(lang: string, p: ProblemDto): string | null {
  if (!p.newest_backup || !p.newest_backup_at) return null;
  return t("ui-damaged-restore", { when: dateTime(lang, p.newest_backup_at) });
}

/** Whether the page shows the file's problem instead of the screens. */
export const blocksScreens = (p: ProblemDto | null, readOnly: boolean) => p !== null && !readOnly;

/** What the "Deleted … Undo" line says. */
export function deletedText(lang: string, d: DeletedDto, currency: string): string {
  switch (d.kind) {
    case "inquiry": return t("ui-deleted-inquiry", { id: d.id });
    case "deal": return t("ui-deleted-deal", { id: d.id });
    case "spend": return t("ui-deleted-spend", { amount: money(lang, d.amount, currency, 2), date: date(lang, d.date) });
    default: return t("ui-deleted-source", { label: d.label });
  }
}

/** The share of the import done (0…1), or null while the row count is unknown. */
export function progressShare(p: ImportProgress): number | null {
  if (p.phase === "saving" || p.phase === "done") return 1;
  if (p.phase !== "storing" || p.total === 0) return null;
  return Math.min(1, p.done / p.total);
}

export function progressText(lang: string, p: ImportProgress): string {
  switch (p.phase) {
    case "storing": return t("ui-import-storing", { done: number(lang, p.done), total: number(lang, p.total) });
    case "saving": case "done": return t("ui-import-saving");
    default: return t("ui-import-reading");
  }
}

/**
 * Asks `fetch` every `ms` milliseconds and hands each answer to `on`, never
 * with two questions in flight (a slow answer is not overtaken by a stale
 * one). Returns the function that stops it.
 */
export function pollProgress(fetch: () => Promise<ImportProgress>, on: (p: ImportProgress) => void, ms = 150): () => void {
  let busy = false;
  let stopped = false;
  const tick = async () => {
    if (busy || stopped) return;
    busy = true;
    try {
      const p = await fetch();
      if (!stopped) on(p);
    } catch {
      // A missed answer only delays the bar; the import itself reports failures.
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(tick, ms);
  return () => { stopped = true; clearInterval(timer); };
}
