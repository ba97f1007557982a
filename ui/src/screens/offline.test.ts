// A team seat whose server cannot be reached: the Log screen keeps taking
// entries and lists them as waiting to send until the server numbers them;
// every screen's banner says it is offline, with when it last read.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { setLanguage } from "../lib/i18n.svelte";
import { inquiry, sources } from "../test/fixtures";
import type { TeamReach, WaitingEntry } from "../bindings";
import LogInquiry from "./LogInquiry.svelte";
import OfflineBanner from "../lib/OfflineBanner.svelte";

let calls: string[];
function ipc(handlers: Record<string, (args: any) => unknown>) {
  calls = [];
  mockIPC((cmd, args) => {
    calls.push(cmd);
    const h = handlers[cmd];
    if (!h) throw new Error(`unexpected command ${cmd}`);
    return h(args);
  });
}

beforeEach(() => setLanguage("en"));
afterEach(() => { cleanup(); clearMocks(); });

describe("Log inquiry offline", () => {
  const top = sources.filter((s) => s.name !== "Unknown");
  let online: boolean;
  let outbox: WaitingEntry[];
  let stored: string[];
  beforeEach(() => {
    online = true;
    outbox = [];
    stored = [];
    const offline = () => { if (!online) throw { code: "offline", message: "the team server cannot be reached", field: null }; };
    ipc({
      catalog: () => { offline(); return { channels: [], sources }; },
      top_sources: () => { offline(); return top.map((source, i) => ({ key: i + 1, source, pinned: false })); },
      recent_inquiries: () => { offline(); return stored.map((id) => ({ ...inquiry(id, 2), company: "Bauer KG" })); },
      waiting_entries: () => {
        // Asking sends what waits once the server is back.
        if (online) { stored = [...outbox.map((_, i) => `INQ-2026-0000${i + 1}`), ...stored]; outbox = []; }
        return outbox;
      },
      log_inquiry: (a) => {
        const entry = { ...inquiry("", a.input.source_id ?? 3), company: a.input.company, version: 0 };
        outbox.push({ uuid: `u-${outbox.length + 1}`, inquiry: entry, problem: null });
        return { inquiry: entry, undo_token: null, waiting: `u-${outbox.length}` };
      },
      company_suggestions: () => [],
    });
  });

  it("lists an entry taken while offline as waiting to send, then numbered once sent", async () => {
    render(LogInquiry, { props: {} });
    const picker = await screen.findByLabelText("Where did you hear about us?");
    await waitFor(() => expect(screen.getAllByText("Hannover Messe").length).toBeGreaterThan(0));
    online = false;
    await fireEvent.input(screen.getByLabelText("Company"), { target: { value: "Bauer KG" } });
    await fireEvent.keyDown(picker, { key: "1" });
    await fireEvent.keyDown(picker, { key: "Enter" });
    await screen.findByText(/kept on this computer and sent as soon as the server is back/);
    const row = (await screen.findByText("Waiting to send")).closest("tr")!;
    expect(row.textContent).toContain("Bauer KG");
    // No "Saved INQ-…" toast: the entry has no number yet.
    expect(screen.queryByText(/^Saved /)).toBeNull();
    online = true;
    // The screen offers waiting entries to the server every few seconds.
    // Last entries then holds the stored inquiry in place of the waiting one.
    await waitFor(() => expect(screen.getByText("Bauer KG").closest("tr")!.textContent).toContain("Edit"), { timeout: 8000 });
    expect(screen.queryByText("Waiting to send")).toBeNull();
    expect(calls.filter((c) => c === "log_inquiry").length).toBe(1);
  }, 15_000);
});

describe("Offline banner", () => {
  function answer(reach: TeamReach | null) {
    ipc({ send_waiting: () => reach });
  }

  it("says plainly that the seat is offline, when it last read and what waits", async () => {
    answer({ offline: true, last_read_at: "2026-06-15T08:05:00", waiting: 2 });
    render(OfflineBanner, { props: {} });
    const banner = await screen.findByTestId("offline-banner");
    expect(banner.textContent).toMatch(/Offline: the team server cannot be reached\. What you see was last read .*15.*08:05/);
    expect(banner.textContent).toContain("2 entries are waiting to be sent.");
  });

  it("says nothing was read yet when nothing was", async () => {
    answer({ offline: true, last_read_at: null, waiting: 1 });
    render(OfflineBanner, { props: {} });
    const banner = await screen.findByTestId("offline-banner");
    expect(banner.textContent).toContain("nothing has been read from it yet");
    expect(banner.textContent).toContain("One entry is waiting to be sent.");
  });

  it("is absent while the server answers", async () => {
    answer({ offline: false, last_read_at: "2026-06-15T08:05:00", waiting: 0 });
    render(OfflineBanner, { props: {} });
    await waitFor(() => expect(calls).toContain("send_waiting"));
    expect(screen.queryByTestId("offline-banner")).toBeNull();
  });
});
