// The unlogged-calls queue on the Log screen (issue 16): its keys, how a
// queued call fills the form, the "not a lead" reasons and their undo, and
// when the queue shows at all. The calls come from a mocked backend.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks } from "@tauri-apps/api/mocks";
import { setLanguage, t } from "../lib/i18n.svelte";
import { REASONS, duration, formFromCall, isQueueKey, keepSelection, queueKey } from "../lib/calls";
import { dashboard, inquiry, sources, status, wholeDashboard } from "../test/fixtures";
import { axeViolations, ipc, type Calls } from "../test/ipc";
import type { Dashboard as DashboardDto, Kpi, UnloggedCallDto } from "../bindings";
import LogInquiry from "./LogInquiry.svelte";
import Dashboard from "./Dashboard.svelte";

function queued(id: number, started_at: string, caller: string, tracked: boolean): UnloggedCallDto {
  return { id, started_at, caller, duration_s: 125 + id, dialled: tracked ? "+49 711 1234567" : "+49 711 999000", source_id: tracked ? 3 : null, source: tracked ? "Google Ads" : null };
}
const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({ key: k, ctrlKey: false, altKey: false, metaKey: false, ...mods });

describe("queue keys", () => {
  it("moves within the list and stops at its ends", () => {
    expect(queueKey(key("ArrowDown"), 0, 3, false)).toEqual({ kind: "move", index: 1 });
    expect(queueKey(key("ArrowDown"), 2, 3, false)).toEqual({ kind: "move", index: 2 });
    expect(queueKey(key("ArrowUp"), 0, 3, false)).toEqual({ kind: "move", index: 0 });
    expect(queueKey(key("End"), 0, 3, false)).toEqual({ kind: "move", index: 2 });
    expect(queueKey(key("Home"), 2, 3, false)).toEqual({ kind: "move", index: 0 });
  });
  it("opens with Enter, offers the reasons with N and takes one with 1–4", () => {
    expect(queueKey(key("Enter"), 1, 3, false)).toEqual({ kind: "open" });
    expect(queueKey(key("n"), 1, 3, false)).toEqual({ kind: "choose" });
    expect(queueKey(key("Delete"), 1, 3, false)).toEqual({ kind: "choose" });
    expect(REASONS.map((_, i) => queueKey(key(String(i + 1)), 1, 3, true))).toEqual(REASONS.map((reason) => ({ kind: "dismiss", reason })));
    expect(queueKey(key("5"), 1, 3, true)).toBeNull();
    expect(queueKey(key("Escape"), 1, 3, true)).toEqual({ kind: "cancel" });
    expect(queueKey(key("Escape"), 1, 3, false)).toEqual({ kind: "leave" });
  });
  it("leaves the screen's own keys alone: digits outside the reasons, Ctrl+Z, Alt+1", () => {
    expect(queueKey(key("1"), 0, 3, false)).toBeNull();
    expect(queueKey(key("z", { ctrlKey: true }), 0, 3, false)).toBeNull();
    expect(queueKey(key("1", { altKey: true }), 0, 3, true)).toBeNull();
    expect(queueKey(key("Enter"), 0, 0, false)).toBeNull();
    expect(isQueueKey({ key: "q", code: "KeyQ", altKey: true, ctrlKey: false })).toBe(true);
    expect(isQueueKey({ key: "œ", code: "KeyQ", altKey: true, ctrlKey: false })).toBe(true);
    expect(isQueueKey({ key: "q", code: "KeyQ", altKey: false, ctrlKey: false })).toBe(false);
  });
  it("writes durations as minutes and seconds, and keeps the selected call after a reload", () => {
    expect([duration(0), duration(65), duration(600), duration(3725)]).toEqual(["0:00", "1:05", "10:00", "1:02:05"]);
    const a = queued(1, "2026-06-15T10:00:00", "0301", false), b = queued(2, "2026-06-15T09:00:00", "0302", false), c = queued(3, "2026-06-15T08:00:00", "0303", false);
    expect(keepSelection([a, b, c], [a, c], 2)).toBe(1);
    expect(keepSelection([a, b, c], [a, c], 1)).toBe(1);
    expect(keepSelection([a, b], [a], 1)).toBe(0);
    expect(keepSelection([a], [], 0)).toBe(0);
  });
  it("fills the form as a call at its start, from its number, with the tracked source", () => {
    const f = formFromCall(queued(7, "2026-06-15T09:41:12", "+49 30 5550123", true));
    expect([f.kind, f.receivedAt, f.phone, f.sourceId, f.isLead, f.id]).toEqual(["call", "2026-06-15T09:41:12", "+49 30 5550123", 3, true, null]);
    expect(formFromCall(queued(8, "2026-06-15T09:41:12", "030 5550123", false)).sourceId).toBeNull();
  });
});

describe("the queue on the Log screen", () => {
  let queue: UnloggedCallDto[];
  let stored: boolean;
  let logged: string[];
  let calls: Calls;
  // How long the screen's own data (the catalog) take to come.
  let catalogDelay: number;
  const sent = (cmd: string) => calls.filter((c) => c.cmd === cmd);
  beforeEach(() => {
    setLanguage("en");
    stored = true;
    catalogDelay = 0;
    logged = [];
    queue = [queued(2, "2026-06-15T11:20:00", "+49 30 5550123", true), queued(1, "2026-06-15T09:05:00", "0172 5550199", false)];
    calls = ipc({
      catalog: () => new Promise((done) => setTimeout(() => done({ channels: [], sources }), catalogDelay)),
      top_sources: () => sources.filter((s) => s.name !== "Unknown").map((source, i) => ({ key: i + 1, source, pinned: false })),
      recent_inquiries: () => logged.map((id) => inquiry(id, 3)),
      unlogged_calls: () => queue,
      calls_stored: () => stored,
      known_customer: () => null,
      log_inquiry: (a) => {
        // The saved inquiry matches its call, which leaves the queue.
        queue = queue.filter((c) => c.caller !== a.input.phone);
        const id = `INQ-2026-0000${logged.length + 1}`; logged.unshift(id); return { inquiry: inquiry(id, a.input.source_id ?? 3), undo_token: null };
      },
      dismiss_call: (a) => {
        queue = queue.filter((c) => c.id !== a.id);
        logged.unshift("INQ-2026-00009"); return { inquiry: { ...inquiry("INQ-2026-00009", 1), is_lead: false }, undo_token: null };
      },
      delete_inquiry: (a) => {
        logged = logged.filter((x) => x !== a.id);
        queue = [queued(2, "2026-06-15T11:20:00", "+49 30 5550123", true), ...queue];
        return { token: "t-del", kind: "inquiry", id: a.id, label: null, date: null, amount: null };
      },
    });
  });
  afterEach(() => { cleanup(); clearMocks(); });

  it("lists the unlogged calls with time, number, duration and tracked source", async () => {
    render(LogInquiry, { props: {} });
    const list = await screen.findByRole("listbox", { name: t("ui-calls-queue-title", { days: 7 }) });
    expect(sent("unlogged_calls")[0].args).toEqual({ days: 7 });
    const rows = [...list.querySelectorAll("[role=option]")].map((r) => r.textContent?.replace(/\s+/g, " ").trim());
    expect(rows).toEqual(["15 Jun 2026 11:20 +49 30 5550123 2:07 Google Ads", "15 Jun 2026 09:05 0172 5550199 2:06 No tracking number"]);
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it("logs a queued call with its keys: Alt+Q, ↓, Enter opens it, Enter saves it", async () => {
    render(LogInquiry, { props: {} });
    const picker = await screen.findByLabelText("Where did you hear about us?");
    const list = await screen.findByRole("listbox", { name: /Calls nobody logged/ });
    await fireEvent.keyDown(picker, { key: "q", code: "KeyQ", altKey: true });
    await waitFor(() => expect(document.activeElement).toBe(list));
    await fireEvent.keyDown(list, { key: "ArrowDown" });
    expect(list.getAttribute("aria-activedescendant")).toBe("queued-call-1");
    await fireEvent.keyDown(list, { key: "ArrowUp" });
    await fireEvent.keyDown(list, { key: "Enter" });
    // The form holds the call, and the cursor waits on the question.
    await waitFor(() => expect(document.activeElement).toBe(picker));
    expect((screen.getByLabelText("Phone") as HTMLInputElement).value).toBe("+49 30 5550123");
    expect((screen.getByLabelText("Received") as HTMLInputElement).value).toBe("2026-06-15T11:20");
    expect((await screen.findByTestId("chosen-source")).textContent).toContain("Google Ads");
    await fireEvent.keyDown(picker, { key: "Enter" });
    await waitFor(() => expect(sent("log_inquiry").length).toBe(1));
    const input = sent("log_inquiry")[0].args.input as any;
    expect([input.kind, input.received_at, input.phone, input.source_id]).toEqual(["call", "2026-06-15T11:20:00", "+49 30 5550123", 3]);
    // Asked again after the save: the logged call is gone.
    await waitFor(() => expect(document.querySelectorAll("[role=option][id^=queued-call]").length).toBe(1));
    expect(sent("unlogged_calls").length).toBeGreaterThanOrEqual(2);
  });

  it("marks a call not a lead with N and a reason key, and Ctrl+Z brings it back", async () => {
    render(LogInquiry, { props: {} });
    const list = await screen.findByRole("listbox", { name: /Calls nobody logged/ });
    list.focus();
    await fireEvent.keyDown(list, { key: "n" });
    await screen.findByText("Not a lead – why?");
    expect(screen.getByRole("group", { name: "Not a lead – why?" }).textContent).toContain("2 Existing customer");
    expect(await axeViolations(document.body)).toEqual([]);
    await fireEvent.keyDown(list, { key: "2" });
    await waitFor(() => expect(sent("dismiss_call").length).toBe(1));
    expect(sent("dismiss_call")[0].args).toEqual({ id: 2, reason: "existing_customer" });
    await screen.findByText("Logged INQ-2026-00009 as not a lead · Existing customer");
    await waitFor(() => expect(document.querySelectorAll("[id^=queued-call]").length).toBe(1));
    // The focus stays in the queue, so Ctrl+Z reaches the screen's undo.
    expect(document.activeElement).toBe(list);
    await fireEvent.keyDown(list, { key: "z", ctrlKey: true });
    await waitFor(() => expect(sent("delete_inquiry").length).toBe(1));
    expect(sent("delete_inquiry")[0].args).toEqual({ id: "INQ-2026-00009" });
    await waitFor(() => expect(document.querySelectorAll("[id^=queued-call]").length).toBe(2));
  });

  it("keeps the keyboard in the queue when Alt+Q comes before the screen's own data", async () => {
    catalogDelay = 150;
    render(LogInquiry, { props: {} });
    const list = await screen.findByRole("listbox", { name: /Calls nobody logged/ });
    await fireEvent.keyDown(window, { key: "q", code: "KeyQ", altKey: true });
    await waitFor(() => expect(document.activeElement).toBe(list));
    // The catalog arrives; the cursor is not pulled back to the source field.
    await waitFor(() => expect(sent("calls_stored").length).toBe(2), { timeout: 1000 });
    await new Promise((r) => setTimeout(r, 30));
    expect(document.activeElement).toBe(list);
  });

  it("cancels the reasons with Escape and goes back to the form with another", async () => {
    render(LogInquiry, { props: {} });
    const picker = await screen.findByLabelText("Where did you hear about us?");
    const list = await screen.findByRole("listbox", { name: /Calls nobody logged/ });
    list.focus();
    await fireEvent.keyDown(list, { key: "Delete" });
    await screen.findByText("Not a lead – why?");
    await fireEvent.keyDown(list, { key: "Escape" });
    await waitFor(() => expect(screen.queryByText("Not a lead – why?")).toBeNull());
    await fireEvent.keyDown(list, { key: "Escape" });
    expect(document.activeElement).toBe(picker);
    expect(sent("dismiss_call").length).toBe(0);
  });

  it("shows a quiet line when every call is logged, and nothing without a call log", async () => {
    queue = [];
    render(LogInquiry, { props: {} });
    await screen.findByText("Every call of the last 7 days is logged.");
    expect(screen.queryByRole("listbox", { name: /Calls nobody logged/ })).toBeNull();
    expect(document.querySelector(".calls")).toBeNull();
    cleanup();
    stored = false;
    render(LogInquiry, { props: {} });
    await screen.findByLabelText("Where did you hear about us?");
    await waitFor(() => expect(sent("calls_stored").length).toBeGreaterThanOrEqual(2));
    expect(document.querySelector(".calls")).toBeNull();
  });

  it("reads in German", async () => {
    setLanguage("de");
    render(LogInquiry, { props: {} });
    const list = await screen.findByRole("listbox", { name: "Nicht erfasste Anrufe der letzten 7 Tage" });
    expect(list.textContent).toContain("Keine Tracking-Nummer");
    expect(list.textContent).toContain("15.06.2026 11:20");
    list.focus();
    await fireEvent.keyDown(list, { key: "n" });
    await screen.findByText("Kein Lead – warum?");
    expect(screen.getByText("Falsch verbunden")).toBeTruthy();
  });
});

describe("the calls tile on the dashboard", () => {
  function withCalls(logged: string | null, mismatches = 2): DashboardDto {
    const d = dashboard("120");
    const kpi: Kpi = { key: "calls_logged_pct", kind: "pct", value: logged, prev: "80.00", delta_pct: "10.0", expected: "85.00", band: "4.00", expected_low: "81.00", expected_high: "89.00", status: "within" };
    const rows = [
      { inquiry_id: "INQ-2026-00412", started_at: "2026-05-04T10:12:00", caller: "+49 30 5550123", said: "Hannover Messe", dialled: "Google Ads" },
      { inquiry_id: "INQ-2026-00533", started_at: "2026-06-01T14:40:00", caller: "0172 5550199", said: "Referral", dialled: "Google Ads" },
    ].slice(0, mismatches);
    return { ...d, calls: { calls: 1234, logged_pct: logged, tracked_pct: "41.50", mismatch: rows.length, benchmark: kpi, mismatches: rows } };
  }
  let answer: DashboardDto;
  beforeEach(() => {
    setLanguage("en");
    ipc({ dashboard: () => answer, model_comparison: () => ({ models: [], data_driven_fallback: false, channels: [], sources: [] }) });
  });
  afterEach(() => { cleanup(); clearMocks(); });
  const tile = () => document.querySelector<HTMLElement>("[data-kpi=calls_logged_pct]");

  it("shows the share logged with its benchmark, the calls and the tracked share", async () => {
    answer = withCalls("92.40");
    render(Dashboard, { props: { status } });
    await waitFor(() => expect(tile()?.querySelector(".value")?.textContent).toBe("92.4 %"));
    await wholeDashboard();
    const text = tile()!.textContent!.replace(/\s+/g, " ");
    expect(text).toContain("Calls logged");
    expect(text).toContain("+10.0 % vs. last year");
    expect(text).toContain("Expected 81.0 % – 89.0 %");
    expect(text).toContain("1,234 inbound calls · 41.5 % to tracking numbers");
    expect(tile()!.classList.contains("alarmed")).toBe(false);
    expect(document.getElementById("calls-alarm")).toBeNull();
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it("raises the alarm below 90 % and lists said ≠ dialled", async () => {
    answer = withCalls("89.99");
    render(Dashboard, { props: { status } });
    const alarm = await screen.findByText("Only 90.0 % of answered calls were logged");
    expect(alarm.closest("#calls-alarm")).not.toBeNull();
    expect(tile()!.classList.contains("alarmed")).toBe(true);
    await wholeDashboard();
    const list = screen.getByRole("region", { name: "Said ≠ dialled" });
    const rows = [...list.querySelectorAll("tbody tr")].map((r) => [...r.querySelectorAll("td")].map((c) => c.textContent));
    expect(rows).toEqual([
      ["4 May 2026 10:12", "+49 30 5550123", "Hannover Messe", "Google Ads", "INQ-2026-00412"],
      ["1 Jun 2026 14:40", "0172 5550199", "Referral", "Google Ads", "INQ-2026-00533"],
    ]);
  });

  it("is absent without a call log, quiet without calls in the period, in German too", async () => {
    answer = dashboard("120");
    render(Dashboard, { props: { status } });
    await screen.findByText("120");
    await wholeDashboard();
    expect(tile()).toBeNull();
    expect(document.getElementById("call-mismatches")).toBeNull();
    cleanup();
    setLanguage("de");
    answer = withCalls(null, 0);
    render(Dashboard, { props: { status } });
    await waitFor(() => expect(tile()?.querySelector(".value")?.textContent).toBe("–"));
    expect(tile()!.textContent).toContain("Erfasste Anrufe");
    expect(tile()!.classList.contains("alarmed")).toBe(false);
    expect(document.getElementById("call-mismatches")).toBeNull();
  });
});
