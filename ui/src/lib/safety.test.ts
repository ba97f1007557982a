// The rules behind backups, the file's problems, undo and import progress,
// without a screen: how arguments are formatted, which message each code
// needs in every language, and that polling never overlaps itself.
import { afterEach, describe, expect, it, vi } from "vitest";
import { LANGUAGES, messageIds, setLanguage } from "./i18n.svelte";
import {
  argValues, backupKindMsg, blocksScreens, deletedText, noticeText, pollProgress, problemTexts,
  progressShare, progressText, restorable, restoreLabel, sizeMb, warningText,
} from "./safety";
import type { ArgDto, BackupKind, DeletedDto, ImportPhase, ImportProgress, NoticeDto, ProblemCode, ProblemDto, WarningDto } from "../bindings";

afterEach(() => { setLanguage("en"); vi.useRealTimers(); });

const problem = (code: ProblemCode, backup: string | null = null): ProblemDto => ({
  code, message: "engine text", file: "/home/anna/firm.db", newest_backup: backup,
  newest_backup_at: backup ? "2026-06-14T08:30:00" : null, found_version: code === "too_new" ? 7 : null, supported_version: 2,
});

describe("messages with typed arguments", () => {
  it("formats dates, percentages and counts in the user's language", () => {
    const args: ArgDto[] = [{ name: "from", kind: "date", value: "2025-01-01" }, { name: "pct", kind: "pct", value: "25.00" },
      { name: "leads", kind: "count", value: "1234.5" }, { name: "source", kind: "text", value: "Fair" }];
    expect(argValues("de", args)).toEqual({ from: "01.01.2025", pct: "25,0 %", leads: "1.234,5", source: "Fair" });
  });
  it("renders each engine warning by its code, in German too", () => {
    const w: WarningDto = { key: "prior_year_missing", source: null, message: "No records…", message_id: "warning-prior-year-missing",
      args: [{ name: "from", kind: "date", value: "2025-01-01" }, { name: "to", kind: "date", value: "2025-06-15" }] };
    expect(warningText("en", w)).toBe("No records are dated 1 Jan 2025 – 15 Jun 2025, so the comparison with the year before is missing.");
    setLanguage("de");
    const de = warningText("de", w);
    expect(de).toContain("01.01.2025");
    expect(de).not.toContain("No records");
    const small: WarningDto = { key: "small_sample", source: "Fair", message: "Fair: only…", message_id: "warning-small-sample-source",
      args: [{ name: "source", kind: "text", value: "Fair" }, { name: "leads", kind: "count", value: "4" }, { name: "won", kind: "count", value: "1" }] };
    expect(warningText("de", small)).toMatch(/^Fair: zu wenige Leads \(4\)/);
  });
  it("keeps the engine's English for a code this page does not know", () => {
    const w: WarningDto = { key: "new_thing", source: null, message: "Something new.", message_id: "warning-new-thing", args: [] };
    expect(warningText("en", w)).toBe("Something new.");
  });
  it("says where a risky file lies", () => {
    setLanguage("sv");
    const n: NoticeDto = { code: "network_share", message_id: "ui-location-network-share", args: [{ name: "detail", kind: "text", value: "nfs4 at /mnt/office" }], message: "…" };
    expect(noticeText("sv", n)).toContain("nätverksenhet (nfs4 at /mnt/office)");
  });
  it("every code the backend sends has its message in every language", () => {
    const needed = [
      ...["empty-period", "unresolved-source", "data-driven-fallback", "unknown-source-high", "prior-year-missing", "small-sample-source"].map((k) => `warning-${k}`),
      "ui-location-network-share", "ui-location-cloud-folder",
      ...(["daily", "weekly", "monthly", "manual", "pre_migration", "pre_restore", "damaged", "other"] satisfies BackupKind[]).map(backupKindMsg),
      ...["corrupt", "too-new", "not-a-database", "unreadable"].flatMap((c) => [`ui-problem-${c}-title`, `ui-problem-${c}-body`]),
      ...["inquiry", "deal", "spend", "source"].map((k) => `ui-deleted-${k}`),
      "ui-import-reading", "ui-import-storing", "ui-import-saving", "ui-error-read-only", "ui-undo-expired",
    ];
    for (const l of LANGUAGES) {
      const ids = new Set(messageIds(l));
      expect(needed.filter((id) => !ids.has(id)), l).toEqual([]);
    }
  });
});

describe("the database file", () => {
  it("names the file and both versions of a newer file, and offers no restore", () => {
    const p = problem("too_new", "daily-2026-06-14.db");
    const text = problemTexts("en", p);
    expect(text.title).toBe("This database is from a newer version of Leadledger");
    expect(text.body).toContain("/home/anna/firm.db");
    expect(text.body).toContain("database version 7; this version knows up to 2");
    expect(blocksScreens(p, false)).toBe(true);
  });
  it("offers the newest sound backup of a damaged file by its date", () => {
    expect(restoreLabel("en", problem("corrupt", "daily-2026-06-14.db"))).toBe("Restore the backup of 14 Jun 2026 08:30");
    expect(restoreLabel("en", problem("corrupt"))).toBeNull();
    // Damaged but readable: the screens stay, under a banner.
    expect(blocksScreens(problem("corrupt"), true)).toBe(false);
    expect(blocksScreens(null, false)).toBe(false);
  });
  it("lists backups with kind and size, and never offers a damaged one", () => {
    expect(backupKindMsg("pre_migration")).toBe("ui-backup-kind-pre-migration");
    expect(sizeMb("de", 3_460_000)).toBe("3,3 MB");
    expect(sizeMb("en", 10)).toBe("0.1 MB");
    expect(restorable({ name: "damaged-x.db", when: "2026-01-01T00:00:00", kind: "damaged", bytes: 1 })).toBe(false);
    expect(restorable({ name: "daily-x.db", when: "2026-01-01T00:00:00", kind: "daily", bytes: 1 })).toBe(true);
  });
});

describe("deletions and import progress", () => {
  it("says what was deleted", () => {
    const d: DeletedDto = { token: "t", kind: "spend", id: "12", label: "CRM", date: "2026-03-01", amount: "1250.50" };
    setLanguage("de");
    expect(deletedText("de", d, "EUR").replace(/\u00a0/g, " ")).toBe("Ausgabe von 1.250,50 € am 01.03.2026 gelöscht");
    setLanguage("en");
    expect(deletedText("en", { ...d, kind: "inquiry", id: "INQ-2026-00007" }, "EUR")).toBe("Inquiry INQ-2026-00007 deleted");
  });
  it("shows a share only once the row count is known", () => {
    const p = (phase: ImportPhase, done: number, total: number): ImportProgress => ({ phase, done, total });
    expect(progressShare(p("reading", 0, 0))).toBeNull();
    expect(progressShare(p("storing", 50, 200))).toBe(0.25);
    expect(progressShare(p("saving", 200, 200))).toBe(1);
    expect(progressText("en", p("storing", 1500, 20000))).toBe("Checking and storing rows: 1,500 of 20,000");
  });
  it("polls every 150 ms, never with two questions in flight, until stopped", async () => {
    vi.useFakeTimers();
    let asked = 0;
    let answer: ((p: ImportProgress) => void) | undefined;
    const seen: ImportProgress[] = [];
    const stop = pollProgress(() => { asked++; return new Promise((r) => (answer = r)); }, (p) => seen.push(p));
    await vi.advanceTimersByTimeAsync(149);
    expect(asked).toBe(0);
    await vi.advanceTimersByTimeAsync(600);
    expect(asked).toBe(1); // the first answer is still out
    answer!({ phase: "storing", done: 1, total: 9 });
    await vi.advanceTimersByTimeAsync(150);
    expect(seen).toHaveLength(1);
    expect(asked).toBe(2);
    stop();
    answer!({ phase: "storing", done: 2, total: 9 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(seen).toHaveLength(1);
    expect(asked).toBe(2);
  });
});
