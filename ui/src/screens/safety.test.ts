// The screens of keeping data safe against the Tauri IPC mocks: backups in
// Settings with the restore dialog, the damaged-file banner and the full-page
// refusal of a newer file, the "Deleted … Undo" toast with Ctrl+Z, the import
// progress bar, and the dashboard's warnings in the user's language.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { setLanguage } from "../lib/i18n.svelte";
import { dashboard, status } from "../test/fixtures";
import { dismissUndo, offerUndo, undoState } from "../lib/undo.svelte";
import Settings from "./Settings.svelte";
import Problem from "./Problem.svelte";
import Dashboard from "./Dashboard.svelte";
import ImportExport from "./ImportExport.svelte";
import Spend from "./Spend.svelte";
import FileBanners from "../lib/FileBanners.svelte";
import UndoToast from "../lib/UndoToast.svelte";
import type { DeletedDto, ProblemDto, SessionStatus } from "../bindings";

type Calls = { cmd: string; args: Record<string, unknown> }[];
let calls: Calls;
function ipc(handlers: Record<string, (args: any) => unknown>) {
  calls = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: args as Record<string, unknown> });
    const h = handlers[cmd];
    if (!h) throw new Error(`unexpected command ${cmd}`);
    return h(args);
  });
}
const sent = (cmd: string) => calls.filter((c) => c.cmd === cmd);
const own: SessionStatus = { ...status, demo: false, db_path: "/home/anna/firm.db" };
const settings = { company_name: "Acme", currency: "EUR", fiscal_year_start_month: 1, gross_margin: "1", half_life_days: "7", language: "en" };
const damaged: ProblemDto = {
  code: "corrupt", message: "…", file: "/home/anna/firm.db", newest_backup: "daily-2026-06-14.db",
  newest_backup_at: "2026-06-14T08:30:00", found_version: null, supported_version: 2,
};

beforeEach(() => setLanguage("en"));
afterEach(() => { cleanup(); clearMocks(); dismissUndo(); vi.useRealTimers(); });

describe("Backups in Settings", () => {
  it("lists backups, backs up now, and restores only after saying the current data is kept", async () => {
    let list = [
      { name: "daily-2026-06-14.db", when: "2026-06-14T08:30:00", kind: "daily", bytes: 2_200_000 },
      { name: "damaged-2026-06-01-101010.db", when: "2026-06-01T10:10:10", kind: "damaged", bytes: 900 },
    ];
    ipc({
      get_settings: () => settings,
      list_backups: () => list,
      backup_now: () => { const b = { name: "manual-2026-06-15-120000.db", when: "2026-06-15T12:00:00", kind: "manual", bytes: 2_300_000 }; list = [b, ...list]; return b; },
      restore_backup: () => ({ ...own, company: "Restored" }),
    });
    let restored: SessionStatus | null = null;
    render(Settings, { props: { status: own, onstatus: () => {}, onrestored: (s: SessionStatus) => (restored = s) } });
    await screen.findByText("Daily");
    expect(screen.getByText("Damaged file")).toBeTruthy();
    // The damaged copy is listed for whoever rescues data, not offered.
    expect(screen.getAllByText("Restore…")).toHaveLength(1);

    await fireEvent.click(screen.getByText("Back up now"));
    await screen.findByText("Backup manual-2026-06-15-120000.db written.");
    await screen.findByText("Made by hand");

    const row = document.querySelector('[data-backup="daily-2026-06-14.db"]')!;
    await fireEvent.click(row.querySelector("button")!);
    const dialog = await screen.findByRole("dialog");
    expect(dialog.textContent).toContain("backup of 14 Jun 2026 08:30");
    expect(dialog.textContent).toContain("The current data is kept as a backup first");
    expect(sent("restore_backup")).toHaveLength(0);
    await fireEvent.click(screen.getByText("Restore"));
    await waitFor(() => expect(restored?.company).toBe("Restored"));
    expect(sent("restore_backup")[0].args).toEqual({ name: "daily-2026-06-14.db" });
  });
  it("has no backups for the demo company", async () => {
    ipc({ get_settings: () => settings });
    render(Settings, { props: { status, onstatus: () => {} } });
    await screen.findByText("The demo company lives in memory and has no backups.");
    expect(sent("list_backups")).toHaveLength(0);
  });
});

describe("The database file", () => {
  it("a damaged file shows a banner whose button restores the newest backup", async () => {
    ipc({ restore_backup: () => own });
    let restored: SessionStatus | null = null;
    render(FileBanners, { props: { status: { ...own, read_only: true, problem: damaged }, onrestored: (s: SessionStatus) => (restored = s) } });
    const banner = await screen.findByTestId("damaged-banner");
    expect(banner.textContent).toContain("This database is damaged");
    await fireEvent.click(screen.getByText("Restore the backup of 14 Jun 2026 08:30"));
    await fireEvent.click(screen.getByText("Restore"));
    await waitFor(() => expect(restored).not.toBeNull());
    expect(sent("restore_backup")[0].args).toEqual({ name: "daily-2026-06-14.db" });
  });
  it("a risky location is named and can be dismissed", async () => {
    const warnings = [{ code: "cloud_folder", message_id: "ui-location-cloud-folder", args: [{ name: "detail", kind: "text", value: "Dropbox" }], message: "…" }];
    setLanguage("de");
    render(FileBanners, { props: { status: { ...own, warnings }, onrestored: () => {} } });
    const notice = document.querySelector('[data-notice="cloud_folder"]')!;
    expect(notice.textContent).toContain("Cloud-Sync-Ordner „Dropbox“");
    await fireEvent.click(screen.getByText("Ausblenden"));
    expect(document.querySelector('[data-notice="cloud_folder"]')).toBeNull();
  });
  it("a team database's failed daily copy is said in the seat's language and can be dismissed", async () => {
    const failure = { code: "io" as const, message: "No space left on device", field: null };
    setLanguage("nl");
    render(FileBanners, { props: { status: { ...own, db_path: null, team: "anna@nas/shop", team_backup_failure: failure }, onrestored: () => {} } });
    const banner = screen.getByTestId("team-backup-failed");
    expect(banner.textContent).toContain("De kopie van vandaag van de teamdatabase kon niet worden gemaakt (No space left on device)");
    await fireEvent.click(screen.getByText("Verbergen"));
    expect(screen.queryByTestId("team-backup-failed")).toBeNull();
  });
  it("a newer file fills the window with the file and versions, and offers no restore", async () => {
    render(Problem, { props: { problem: { ...damaged, code: "too_new", found_version: 5, newest_backup: null, newest_backup_at: null }, onrestored: () => {} } });
    await screen.findByText("This database is from a newer version of Leadledger");
    expect(document.body.textContent).toContain("/home/anna/firm.db");
    expect(document.body.textContent).toContain("database version 5; this version knows up to 2");
    expect(screen.queryByRole("button")).toBeNull();
  });
});

describe("Undo", () => {
  const deleted: DeletedDto = { token: "abc-1", kind: "inquiry", id: "INQ-2026-00007", label: "Acme", date: "2026-06-15", amount: null };
  it("Ctrl+Z puts the deletion back while the toast shows", async () => {
    ipc({ undo_delete: (a) => ({ ...deleted, token: a.token }) });
    let reloaded = 0;
    render(UndoToast, { props: { currency: "EUR" } });
    offerUndo(deleted, () => reloaded++);
    const toast = await screen.findByTestId("undo-toast");
    expect(toast.textContent).toContain("Inquiry INQ-2026-00007 deleted");
    await fireEvent.keyDown(window, { key: "z", ctrlKey: true });
    await waitFor(() => expect(reloaded).toBe(1));
    expect(sent("undo_delete")[0].args).toEqual({ token: "abc-1" });
    expect(screen.queryByTestId("undo-toast")).toBeNull();
  });
  it("the offer ends after ten seconds, and an expired token is explained", async () => {
    vi.useFakeTimers();
    ipc({ undo_delete: () => { throw { code: "not_found", message: "gone", field: "token" }; } });
    render(UndoToast, { props: { currency: "EUR" } });
    offerUndo(deleted);
    await vi.advanceTimersByTimeAsync(9_000);
    expect(undoState.current).not.toBeNull();
    await fireEvent.click(screen.getByText("Undo"));
    await vi.advanceTimersByTimeAsync(10);
    expect(screen.getByTestId("undo-toast").textContent).toContain("This deletion can no longer be undone.");
    await vi.advanceTimersByTimeAsync(1_100);
    expect(undoState.current).toBeNull();
  });
  it("deleting a spend entry offers the undo", async () => {
    const grid = { year: 2026, rows: [], general: [{ id: 12, date: "2026-03-01", amount: "1250.50", category: "software", direction: "shared", note: "CRM" }], month_totals: Array(12).fill("0"), total: "1250.50" };
    ipc({ spend_grid: () => grid, delete_spend: (a) => ({ token: "t-12", kind: "spend", id: String(a.id), label: "CRM", date: "2026-03-01", amount: "1250.50" }) });
    render(Spend, { props: { status } });
    await fireEvent.click(await screen.findByText("Remove"));
    await waitFor(() => expect(undoState.current?.token).toBe("t-12"));
  });
});

describe("Import progress", () => {
  it("shows a bar with rows stored of total while import_file runs", async () => {
    let finish: (v: unknown) => void = () => {};
    ipc({
      import_preview: () => ({ path: "/tmp/big.csv", detected: null, kind: "spend", header: ["date", "amount"], rows: [], errors: [] }),
      import_file: () => new Promise((r) => (finish = r)),
      import_progress: () => ({ phase: "storing", done: 5000, total: 20000 }),
    });
    render(ImportExport, { props: {} });
    await fireEvent.input(screen.getByLabelText("File"), { target: { value: "/tmp/big.csv" } });
    await fireEvent.click(screen.getByText("Preview"));
    await fireEvent.click(await screen.findByText("Import"));
    await screen.findByText("Checking and storing rows: 5,000 of 20,000", {}, { timeout: 2000 });
    expect((document.querySelector("progress") as HTMLProgressElement).value).toBe(0.25);
    finish({ accepted: true, kind: "spend", detected: null, rows: 20000, inserted: 20000, updated: 0, unchanged: 0, created_sources: [], changed_channels: [], errors: [] });
    await screen.findByText(/Imported 20,000 rows/);
    expect(screen.queryByTestId("import-progress")).toBeNull();
    const polls = sent("import_progress").length;
    await new Promise((r) => setTimeout(r, 400));
    expect(sent("import_progress").length).toBe(polls);
  });
});

describe("Dashboard warnings", () => {
  it("are shown in the user's language with their figures", async () => {
    const d = dashboard("120");
    d.warnings = [
      ...d.warnings,
      { key: "small_sample", source: "Fair", message: "Fair: only 4 leads…", message_id: "warning-small-sample-source",
        args: [{ name: "source", kind: "text", value: "Fair" }, { name: "leads", kind: "count", value: "4" }, { name: "won", kind: "count", value: "1" }] },
    ];
    ipc({ dashboard: () => d });
    setLanguage("nl");
    render(Dashboard, { props: { status } });
    const li = await waitFor(() => {
      const el = document.querySelector('[data-warning="small_sample"]');
      if (!el) throw new Error("not drawn yet");
      return el;
    });
    expect(li.textContent).toBe("Fair: te weinig leads (4) of gewonnen orders (1) in de periode om op de ratio’s te vertrouwen.");
    expect(document.querySelector('[data-warning="unknown_source_high"]')!.textContent).toContain("25,0 %");
  });
});
