// The app started while its team server is away (issue 14): it opens as an
// offline team seat on Log inquiry (not the welcome screen), the Log screen
// working from what the seat last read; the other screens say plainly they
// are offline; once the server answers, the status and the screens load
// afresh as a normal team seat's.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks } from "@tauri-apps/api/mocks";
import { setLanguage } from "../lib/i18n.svelte";
import { dashboard, sources, status } from "../test/fixtures";
import { ipc, type Calls } from "../test/ipc";
import type { SessionStatus, TeamReach } from "../bindings";
import App from "../App.svelte";

const away = { code: "offline", message: "the team server cannot be reached", field: null };
const active = () => document.querySelector("nav button.active")?.getAttribute("data-screen");

let online: boolean;
let calls: Calls;
function reach(): TeamReach {
  return { offline: !online, last_read_at: "2026-06-14T17:45:00", waiting: online ? 0 : 2 };
}
function seat(): SessionStatus {
  return { ...status, demo: false, company: "Muster GmbH", team: "dana@192.168.1.5/shop", role: "owner", reach: reach() };
}

beforeEach(() => {
  setLanguage("en");
  vi.useFakeTimers({ shouldAdvanceTime: true });
  online = false;
  const offline = () => { if (!online) throw away; };
  calls = ipc({
    session_status: seat,
    send_waiting: reach,
    // The catalog and keys come from the seat's snapshot while away.
    catalog: () => ({ channels: [], sources }),
    top_sources: () => sources.slice(1).map((source, i) => ({ key: i + 1, source, pinned: false })),
    recent_inquiries: () => [],
    waiting_entries: () => [],
    company_suggestions: () => [],
    dashboard: () => { offline(); return dashboard("120"); },
  });
});
afterEach(() => { cleanup(); clearMocks(); vi.useRealTimers(); });

describe("An offline start", () => {
  it("opens on Log inquiry with the banner, says offline elsewhere, and refreshes once the server is back", async () => {
    render(App);
    await screen.findByLabelText("Where did you hear about us?");
    expect(active()).toBe("log");
    expect(screen.queryByText("Set up my company")).toBeNull();
    const banner = await screen.findByTestId("offline-banner");
    expect(banner.textContent).toContain("last read");
    expect(banner.textContent).toContain("17:45");
    expect(banner.textContent).toContain("2");
    // The owner's other screens are there, and say they are offline.
    await fireEvent.click(document.querySelector('nav button[data-screen="dashboard"]')!);
    await screen.findByText(/Offline: the team server cannot be reached\. Nothing was changed/);
    expect(screen.getByTestId("offline-banner")).toBeTruthy();

    online = true;
    const asked = calls.filter((c) => c.cmd === "session_status").length;
    await vi.advanceTimersByTimeAsync(10_000);
    await waitFor(() => expect(screen.queryByTestId("offline-banner")).toBeNull());
    await waitFor(() => expect(calls.filter((c) => c.cmd === "session_status").length).toBeGreaterThan(asked));
    // The dashboard loads afresh, now from the server.
    await waitFor(() => expect(screen.queryByText(/Nothing was changed/)).toBeNull());
    expect(active()).toBe("dashboard");
  });
});

describe("Working offline while the password is asked", () => {
  it("leaves the welcome screen for Log inquiry and comes back to type the password", async () => {
    const asked: SessionStatus = {
      ...status, needs_setup: true, demo: false, company: "",
      team_connection: { host: "192.168.1.5", port: 5432, database: "shop", user: "dana", tls: "prefer" },
      team_failure: { code: "auth_failed", message: "the team server needs this login's password", field: null },
    };
    let chosen = false;
    const offlineSeat = (): SessionStatus => ({ ...seat(), role: "desk", team_failure: asked.team_failure });
    calls = ipc({
      session_status: () => (chosen ? offlineSeat() : asked),
      work_offline: ({ on }) => { chosen = on; return chosen ? offlineSeat() : asked; },
      send_waiting: reach,
      catalog: () => ({ channels: [], sources }),
      top_sources: () => [],
      recent_inquiries: () => [],
      waiting_entries: () => [],
    });
    render(App);
    await fireEvent.click(await screen.findByRole("button", { name: "Work offline meanwhile" }));
    await screen.findByLabelText("Where did you hear about us?");
    expect(active()).toBe("log");
    expect(calls.find((c) => c.cmd === "work_offline")?.args).toEqual({ on: true });
    await fireEvent.click(await screen.findByRole("button", { name: "Type the password" }));
    await screen.findByRole("button", { name: "Work offline meanwhile" });
    expect(calls.filter((c) => c.cmd === "work_offline").map((c) => c.args)).toEqual([{ on: true }, { on: false }]);
  });
});
