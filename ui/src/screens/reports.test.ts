// The Reports screen against the Tauri IPC mocks (what it sends, what it
// shows, how it reacts to each error code), and its rules in lib/reports.ts.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { setLanguage } from "../lib/i18n.svelte";
import { failure, pageSrc, reportQuery, step } from "../lib/reports";
import { query } from "../lib/dashboard";
import { status } from "../test/fixtures";
import Reports from "./Reports.svelte";

type Calls = { cmd: string; args: Record<string, any> }[];
let calls: Calls;
function ipc(handlers: Record<string, (args: any) => unknown>) {
  calls = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: args as Record<string, any> });
    const h = handlers[cmd];
    if (!h) throw new Error(`unexpected command ${cmd}`);
    return h(args);
  });
}
const sent = (cmd: string) => calls.filter((c) => c.cmd === cmd);

const svg = (n: number) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 210 297"><text>Page ${n} & "more"</text></svg>`;
const preview = { pages: [svg(1), svg(2), svg(3)], page_count: 3, suggested_file_name: "Marketing report 2026-01-01–2026-06-15.pdf" };

beforeEach(() => setLanguage("en"));
afterEach(() => { cleanup(); clearMocks(); });

describe("Reports screen", () => {
  it("previews every page with the chosen period, language and paper, and enlarges one by keyboard", async () => {
    ipc({ report_preview: () => preview });
    render(Reports, { props: { status } });
    await fireEvent.change(document.querySelector("#report-period")!, { target: { value: "quarter" } });
    await fireEvent.change(document.querySelector("#report-language")!, { target: { value: "de" } });
    await fireEvent.change(document.querySelector("#report-paper")!, { target: { value: "letter" } });
    await fireEvent.click(screen.getByText("Preview"));
    await screen.findByText("3 pages");
    expect(sent("report_preview")[0].args.query).toEqual({
      period: "quarter", year: 2026, quarter: 2, month: null, from: null, to: null,
      model: "first_touch", as_of: null, language: "de", paper: "letter",
    });
    const images = document.querySelectorAll<HTMLImageElement>(".thumb img");
    expect(images.length).toBe(3);
    expect(images[1].getAttribute("src")).toBe(pageSrc(svg(2)));
    expect(decodeURIComponent(images[1].getAttribute("src")!.split(",").slice(1).join(","))).toBe(svg(2));

    const second = screen.getByLabelText("Enlarge page 2 of 3");
    await fireEvent.click(second);
    const dialog = await screen.findByRole("dialog");
    expect(document.activeElement).toBe(dialog);
    expect(dialog.querySelector("#report-page-number")!.textContent).toBe("Page 2 of 3");
    await fireEvent.keyDown(dialog, { key: "ArrowRight" });
    expect(dialog.querySelector("#report-page-number")!.textContent).toBe("Page 3 of 3");
    expect(dialog.querySelector<HTMLImageElement>("img.large")!.getAttribute("src")).toBe(pageSrc(svg(3)));
    await fireEvent.keyDown(dialog, { key: "Escape" });
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(second);
  });

  it("starts in the UI's language, shows it is busy and marks an outdated preview", async () => {
    let answer: (v: unknown) => void = () => {};
    ipc({ report_preview: () => new Promise((resolve) => (answer = resolve)) });
    setLanguage("sv");
    render(Reports, { props: { status } });
    expect(document.querySelector<HTMLSelectElement>("#report-language")!.value).toBe("sv");
    await fireEvent.click(screen.getByText("Förhandsgranska"));
    const button = document.querySelector<HTMLButtonElement>("#report-preview")!;
    await waitFor(() => expect(button.disabled).toBe(true));
    expect(button.textContent).toContain("Sidorna sätts upp…");
    expect(document.querySelector<HTMLButtonElement>("#report-save")!.disabled).toBe(true);
    answer(preview);
    await screen.findByText("3 sidor");
    expect(button.disabled).toBe(false);
    expect(document.querySelector("#report-stale")).toBeNull();
    await fireEvent.change(document.querySelector("#report-model")!, { target: { value: "linear" } });
    expect(document.querySelector("#report-stale")).not.toBeNull();
  });

  it("saves through the dialog command and says where; a cancelled dialog says nothing", async () => {
    let cancel = false;
    ipc({ save_report: () => (cancel ? null : { path: "/home/anna/Report.pdf", bytes: 48213, pages: 9 }) });
    render(Reports, { props: { status } });
    await fireEvent.click(screen.getByText("Save PDF…"));
    await screen.findByText("Saved 9 pages to /home/anna/Report.pdf");
    expect(sent("save_report")[0].args.query).toMatchObject({ period: "ytd", language: "en", paper: "a4" });
    cancel = true;
    await fireEvent.click(screen.getByText("Save PDF…"));
    await waitFor(() => expect(sent("save_report").length).toBe(2));
    await waitFor(() => expect(document.querySelector("#report-saved")).toBeNull());
    expect(document.querySelector("#report-error")).toBeNull();
  });

  it("explains an error by its code and marks the field it names", async () => {
    ipc({
      report_preview: () => { throw { code: "invalid_date", message: "the period ends (2026-01-01) before it starts (2026-02-01)", field: "to" }; },
      save_report: () => { throw { code: "disk_full", message: "cannot write /x.pdf: No space left on device", field: "path" }; },
    });
    render(Reports, { props: { status } });
    await fireEvent.change(document.querySelector("#report-period")!, { target: { value: "custom" } });
    await fireEvent.click(screen.getByText("Preview"));
    await screen.findByText(/Check the dates/);
    const [fromInput, toInput] = document.querySelectorAll<HTMLInputElement>('input[type="date"]');
    expect(toInput.classList.contains("invalid")).toBe(true);
    expect(fromInput.classList.contains("invalid")).toBe(false);
    await fireEvent.click(screen.getByText("Save PDF…"));
    await screen.findByText(/The disk is full/);
    expect(toInput.classList.contains("invalid")).toBe(false);
  });
});

describe("report rules", () => {
  it("builds the query from the dashboard's period choice", () => {
    const q = reportQuery(query("month", 2025, 1, 3, "", "", "linear"), "nl", "a4");
    expect(q).toEqual({ period: "month", year: 2025, quarter: null, month: 3, from: null, to: null, model: "linear", as_of: null, language: "nl", paper: "a4" });
  });
  it("encodes a page so that any character survives the data URL", () => {
    const src = pageSrc('<svg><text>#1 & 50% "x"</text></svg>');
    expect(src.startsWith("data:image/svg+xml;charset=utf-8,%3Csvg%3E")).toBe(true);
    expect(src).not.toMatch(/[#"<>& ]/);
  });
  it("chooses the message by code, never by text", () => {
    expect(failure({ code: "io", message: "disk full!", field: "path" })).toEqual({ id: "ui-reports-error-write", detail: "disk full!", field: null });
    expect(failure({ code: "invalid", message: "x", field: "paper" }).field).toBe("paper");
    expect(failure({ code: "not_found", message: "x", field: null }).id).toBe("ui-reports-error-no-company");
    expect(failure({ code: "corrupt", message: "damaged", field: null })).toEqual({ id: null, detail: "damaged", field: null });
    expect(failure(new Error("boom")).detail).toBe("boom");
  });
  it("turns pages with the keyboard within the report", () => {
    expect(step(0, "ArrowLeft", 3)).toBe(0);
    expect(step(0, "ArrowRight", 3)).toBe(1);
    expect(step(2, "ArrowRight", 3)).toBe(2);
    expect(step(1, "End", 3)).toBe(2);
    expect(step(2, "Home", 3)).toBe(0);
    expect(step(1, "Escape", 3)).toBeNull();
    expect(step(1, "a", 3)).toBe(1);
  });
});
