// The start's first requests (lib/early.ts): sent together, taken once by
// the screen whose query they match, dropped when the start opens
// elsewhere, and the dashboard's left out for a seat that opened on
// another screen last time.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, waitFor } from "@testing-library/svelte";
import App from "../App.svelte";
import { clearMocks } from "@tauri-apps/api/mocks";
import { dashboard, status } from "../test/fixtures";
import { ipc } from "../test/ipc";
import { dropDashboard, firstQuery, rememberHome, sendFirstRequests, takeDashboard, takeStatus } from "./early";
import { query } from "./dashboard";

function answer() {
  return ipc({ session_status: () => status, dashboard: () => dashboard("120") });
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  takeStatus();
  dropDashboard();
  clearMocks();
});

describe("The start's first requests", () => {
  it("sends the status and the dashboard's first query at once, each taken once", async () => {
    const calls = answer();
    sendFirstRequests();
    expect(calls.map((c) => c.cmd)).toEqual(["session_status", "dashboard"]);
    expect(calls[1].args.query).toEqual(firstQuery());
    expect(await takeStatus()).toEqual(status);
    expect(takeStatus()).toBeNull();
    const board = takeDashboard(firstQuery());
    expect((await board)?.kpis[0].value).toBe("120");
    expect(takeDashboard(firstQuery())).toBeNull();
  });

  it("is the query the dashboard opens with", () => {
    expect(firstQuery()).toEqual(query("ytd", 2026, 2, 6, "2026-01-01", "2026-06-15", "first_touch"));
  });

  it("gives the answer to no other query, and none once dropped", async () => {
    answer();
    sendFirstRequests();
    expect(takeDashboard(query("year", 2025, 1, 1, "", "", "first_touch"))).toBeNull();
    // Asked once with another query, it is gone for the first one too.
    expect(takeDashboard(firstQuery())).toBeNull();
    sendFirstRequests();
    dropDashboard();
    expect(takeDashboard(firstQuery())).toBeNull();
  });

  it("leaves the dashboard out when the last start opened on Log inquiry", () => {
    rememberHome("log");
    const calls = answer();
    sendFirstRequests();
    expect(calls.map((c) => c.cmd)).toEqual(["session_status"]);
    expect(takeDashboard(firstQuery())).toBeNull();
    rememberHome("dashboard");
    sendFirstRequests();
    expect(calls.map((c) => c.cmd)).toEqual(["session_status", "session_status", "dashboard"]);
  });

  it("keeps a refused dashboard for the screen to show, and nothing unhandled", async () => {
    ipc({ session_status: () => status, dashboard: () => { throw { code: "not_found", message: "no company yet" }; } });
    sendFirstRequests();
    await expect(takeDashboard(firstQuery())).rejects.toMatchObject({ code: "not_found" });
  });

  it("lets the app and its dashboard take them: one status and one dashboard request in all", async () => {
    const calls = ipc({ session_status: () => status, dashboard: () => dashboard("120"), pin_status: () => ({ set: false, locked: false, wait_s: null }) });
    sendFirstRequests();
    render(App);
    await screen.findByText("120");
    await waitFor(() => expect(calls.some((c) => c.cmd === "pin_status")).toBe(true));
    expect(calls.filter((c) => c.cmd !== "pin_status").map((c) => c.cmd)).toEqual(["session_status", "dashboard"]);
    expect(localStorage.getItem("leadledger.home")).toBe("dashboard");
  });

  it("drops the dashboard's answer when the start opens on another screen", async () => {
    ipc({ session_status: () => ({ ...status, role: "desk" }), dashboard: () => dashboard("120"), pin_status: () => ({ set: false, locked: false, wait_s: null }),
      catalog: () => ({ channels: [], sources: [] }), top_sources: () => [], recent_inquiries: () => [] });
    sendFirstRequests();
    render(App);
    await waitFor(() => expect(document.querySelector("nav button.active")?.getAttribute("data-screen")).toBe("log"));
    expect(takeDashboard(firstQuery())).toBeNull();
    expect(localStorage.getItem("leadledger.home")).toBe("log");
  });
});
