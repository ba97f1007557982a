// Each screen's logic against the Tauri IPC mocks: what it sends to the
// commands and what it shows from their answers.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { setLanguage } from "../lib/i18n.svelte";
import { dashboard, inquiry, sources, status, wholeDashboard } from "../test/fixtures";
import LogInquiry from "./LogInquiry.svelte";
import Dashboard from "./Dashboard.svelte";
import ImportExport from "./ImportExport.svelte";
import Spend from "./Spend.svelte";
import Settings from "./Settings.svelte";
import Welcome from "./Welcome.svelte";
import Sources from "./Sources.svelte";
import Inquiries from "./Inquiries.svelte";

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

beforeEach(() => setLanguage("en"));
afterEach(() => { cleanup(); clearMocks(); });

describe("Log inquiry", () => {
  const top = sources.filter((s) => s.name !== "Unknown");
  let logged: string[];
  beforeEach(() => {
    logged = [];
    ipc({
      catalog: () => ({ channels: [], sources }),
      top_sources: () => top.map((source, i) => ({ key: i + 1, source, pinned: false })),
      recent_inquiries: () => logged.map((id) => inquiry(id, 2)),
      log_inquiry: (a) => {
        if (a.input.id) return { inquiry: { ...inquiry(a.input.id, a.input.source_id ?? 3), company: a.input.company }, undo_token: "t-edit" };
        const id = `INQ-2026-0000${logged.length + 1}`; logged.unshift(id); return { inquiry: inquiry(id, a.input.source_id ?? 3), undo_token: null };
      },
      delete_inquiry: (a) => { logged = logged.filter((x) => x !== a.id); return { token: "t-del", kind: "inquiry", id: a.id, label: "Acme", date: null, amount: null }; },
      undo_delete: (a) => ({ token: a.token, kind: "inquiry", id: "INQ-2026-00001", label: "Acme", date: null, amount: null }),
      company_suggestions: () => ["Acme Tools"],
    });
  });

  it("logs a known-source call with two keys: 1 then Enter", async () => {
    render(LogInquiry, { props: {} });
    const picker = await screen.findByLabelText("Where did you hear about us?");
    await waitFor(() => expect(screen.getAllByText("Hannover Messe").length).toBeGreaterThan(0));
    await fireEvent.keyDown(picker, { key: "1" });
    await fireEvent.keyDown(picker, { key: "Enter" });
    await waitFor(() => expect(sent("log_inquiry").length).toBe(1));
    expect((sent("log_inquiry")[0].args.input as any).source_id).toBe(2);
    await screen.findByText(/Saved INQ-2026-00001/);
    // The form is clear and focused for the next call.
    await waitFor(() => expect(document.activeElement).toBe(picker));
    expect(screen.queryByTestId("chosen-source")).toBeNull();
  });

  it("refuses to save without a source and names the field", async () => {
    render(LogInquiry, { props: {} });
    const picker = await screen.findByLabelText("Where did you hear about us?");
    await fireEvent.keyDown(picker, { key: "Enter" });
    await screen.findByText(/Choose where the caller heard about us/);
    expect(sent("log_inquiry").length).toBe(0);
  });

  it("lets a dialled tracking number choose, and undo removes the entry", async () => {
    render(LogInquiry, { props: {} });
    const phone = await screen.findByLabelText("Phone");
    await fireEvent.input(phone, { target: { value: "0711 1234567" } });
    await screen.findByText("Tracking number: Google Ads");
    await fireEvent.keyDown(phone, { key: "Enter" });
    await waitFor(() => expect(sent("log_inquiry").length).toBe(1));
    expect((sent("log_inquiry")[0].args.input as any).source_id).toBeNull();
    const undo = await screen.findAllByText("Undo");
    await fireEvent.click(undo[0]);
    await waitFor(() => expect(sent("delete_inquiry").length).toBe(1));
  });

  // Issue 11: Ctrl+Z after saving an edit deleted the inquiry.
  it("undoes an edit by putting the old version back, from the source field too", async () => {
    logged = ["INQ-2026-00001"];
    render(LogInquiry, { props: {} });
    const edit = await screen.findByText("Edit");
    await fireEvent.click(edit);
    const company = screen.getByLabelText("Company");
    await fireEvent.input(company, { target: { value: "Acme GmbH" } });
    await fireEvent.keyDown(company, { key: "Enter" });
    await waitFor(() => expect(sent("log_inquiry").length).toBe(1));
    expect((sent("log_inquiry")[0].args.input as any).id).toBe("INQ-2026-00001");
    const picker = screen.getByLabelText("Where did you hear about us?");
    await waitFor(() => expect(document.activeElement).toBe(picker));
    await fireEvent.keyDown(picker, { key: "z", ctrlKey: true });
    await waitFor(() => expect(sent("undo_delete").length).toBe(1));
    expect(sent("undo_delete")[0].args).toEqual({ token: "t-edit" });
    expect(sent("delete_inquiry").length).toBe(0);
    await screen.findByText("Changes to INQ-2026-00001 undone.");
  });

  it("sends the version it edits, and on a conflict shows the inquiry as another seat saved it", async () => {
    logged = ["INQ-2026-00001"];
    const theirs = { ...inquiry("INQ-2026-00001", 2), company: "Acme Tools (theirs)", version: 2 };
    mockIPC((cmd, args: any) => {
      calls.push({ cmd, args });
      if (cmd === "catalog") return { channels: [], sources };
      if (cmd === "top_sources") return top.map((source, i) => ({ key: i + 1, source, pinned: false }));
      if (cmd === "recent_inquiries") return [inquiry("INQ-2026-00001", 2)];
      if (cmd === "log_inquiry") {
        if (args.input.version === 1) throw { code: "conflict", message: "inquiry INQ-2026-00001 was changed by someone else", field: "version", current: theirs };
        return { inquiry: { ...theirs, company: args.input.company, version: 3 }, undo_token: "t-edit" };
      }
      throw new Error(`unexpected command ${cmd}`);
    });
    render(LogInquiry, { props: {} });
    await fireEvent.click(await screen.findByText("Edit"));
    const company = screen.getByLabelText("Company") as HTMLInputElement;
    await fireEvent.input(company, { target: { value: "Acme GmbH" } });
    await fireEvent.keyDown(company, { key: "Enter" });
    await waitFor(() => expect(sent("log_inquiry").length).toBe(1));
    expect(sent("log_inquiry")[0].args.input).toMatchObject({ id: "INQ-2026-00001", version: 1, company: "Acme GmbH" });
    // Refused: the form now holds the other seat's save, and says so plainly.
    await screen.findByText(/Someone else saved a change to this record while you were editing it/);
    await waitFor(() => expect(company.value).toBe("Acme Tools (theirs)"));
    // Saved again from there, the edit names the version it now shows.
    await fireEvent.input(company, { target: { value: "Acme GmbH" } });
    await fireEvent.keyDown(company, { key: "Enter" });
    await waitFor(() => expect(sent("log_inquiry").length).toBe(2));
    expect(sent("log_inquiry")[1].args.input).toMatchObject({ id: "INQ-2026-00001", version: 2, company: "Acme GmbH" });
  });

  it("names an existing customer by the number typed and marks a reorder with one key", async () => {
    calls = [];
    mockIPC((cmd, args: any) => {
      calls.push({ cmd, args });
      if (cmd === "catalog") return { channels: [], sources };
      if (cmd === "top_sources") return top.map((source, i) => ({ key: i + 1, source, pinned: false }));
      if (cmd === "recent_inquiries") return [];
      if (cmd === "known_customer") return args.phoneText.includes("5550100") ? { company: "Acme Tools", won_deals: 3, last_won: "2026-03-04" } : null;
      if (cmd === "log_inquiry") return { inquiry: inquiry("INQ-2026-00001", 2), undo_token: null };
      throw new Error(`unexpected command ${cmd}`);
    });
    render(LogInquiry, { props: {} });
    const phone = await screen.findByLabelText("Phone");
    await fireEvent.input(phone, { target: { value: "0711 5550100" } });
    await screen.findByText(/Existing customer: Acme Tools \(3 orders, last on/);
    await fireEvent.keyDown(phone, { key: "r", altKey: true });
    await screen.findByText("Logged as a reorder, not a lead.");
    await fireEvent.keyDown(screen.getByLabelText("Where did you hear about us?"), { key: "1" });
    await fireEvent.keyDown(phone, { key: "Enter" });
    await waitFor(() => expect(sent("log_inquiry").length).toBe(1));
    expect(sent("log_inquiry")[0].args.input).toMatchObject({ is_lead: false, company: "Acme Tools" });
    // A number nobody knows says nothing.
    await fireEvent.input(phone, { target: { value: "0711 999999" } });
    await waitFor(() => expect(sent("known_customer").length).toBeGreaterThan(1));
    await waitFor(() => expect(document.getElementById("known-customer")).toBeNull());
  });

  it("is a combobox to assistive technology: arrows move the highlight, Enter takes it", async () => {
    render(LogInquiry, { props: {} });
    const picker = await screen.findByRole("combobox", { name: "Where did you hear about us?" });
    await waitFor(() => expect(screen.getAllByText("Hannover Messe").length).toBeGreaterThan(0));
    await fireEvent.input(picker, { target: { value: "o" } });
    const options = await screen.findAllByRole("option");
    expect(picker.getAttribute("aria-expanded")).toBe("true");
    expect(picker.getAttribute("aria-activedescendant")).toBe(options[0].id);
    await fireEvent.keyDown(picker, { key: "ArrowDown" });
    expect(picker.getAttribute("aria-activedescendant")).toBe(options[1].id);
    expect(options[1].getAttribute("aria-selected")).toBe("true");
    const second = options[1].textContent!;
    await fireEvent.keyDown(picker, { key: "Enter" });
    await waitFor(() => expect(screen.getByTestId("chosen-source").textContent).toContain(second.split(" ")[0]));
    expect(picker.getAttribute("aria-describedby")).toBe("chosen-source");
    // The company field is named "Company", not "Company" and its suggestions.
    expect(screen.getByRole("combobox", { name: "Company" })).toBeTruthy();
  });

  it("takes the received date and time the user types, and sends none when left at now", async () => {
    render(LogInquiry, { props: {} });
    const picker = await screen.findByLabelText("Where did you hear about us?");
    await waitFor(() => expect(screen.getAllByText("Hannover Messe").length).toBeGreaterThan(0));
    const when = screen.getByLabelText("Received") as HTMLInputElement;
    expect(when.value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    await fireEvent.keyDown(picker, { key: "1" });
    await fireEvent.keyDown(picker, { key: "Enter" });
    await waitFor(() => expect(sent("log_inquiry").length).toBe(1));
    expect((sent("log_inquiry")[0].args.input as any).received_at).toBeNull();
    await screen.findByText(/Saved INQ-2026-00001/);
    await fireEvent.input(screen.getByLabelText("Received"), { target: { value: "2026-06-15T08:05" } });
    await fireEvent.keyDown(picker, { key: "1" });
    await fireEvent.keyDown(picker, { key: "Enter" });
    await waitFor(() => expect(sent("log_inquiry").length).toBe(2));
    expect((sent("log_inquiry")[1].args.input as any).received_at).toBe("2026-06-15T08:05:00");
  });
});

describe("Dashboard", () => {
  it("shows KPI tiles, the untracked alarm and a table one click away", async () => {
    ipc({ dashboard: () => dashboard("120"), model_comparison: () => ({ models: ["first_touch"], data_driven_fallback: false, channels: [{ name: "Trade shows", leads: ["60"], revenue: ["50000.00"], roi_pct: ["150.00"] }], sources: [] }) });
    render(Dashboard, { props: { status } });
    await screen.findByText("120");
    await wholeDashboard();
    expect(document.querySelector("#untracked-alarm")?.textContent).toContain("25.0 %");
    expect(screen.getByText("€5,000")).toBeTruthy();
    const toggles = screen.getAllByText("Show table");
    await fireEvent.click(toggles[0]);
    await screen.findByText("Jun");
    expect((sent("dashboard")[0].args.query as any).period).toBe("ytd");
    await fireEvent.click(screen.getByText("Compare all models"));
    await waitFor(() => expect(sent("model_comparison").length).toBe(1));
  });
  it("asks again when the model changes", async () => {
    ipc({ dashboard: () => dashboard("120") });
    render(Dashboard, { props: { status } });
    await screen.findByText("120");
    await fireEvent.change(document.querySelector("#model")!, { target: { value: "linear" } });
    await waitFor(() => expect(sent("dashboard").length).toBe(2));
    expect((sent("dashboard")[1].args.query as any).model).toBe("linear");
  });
});

describe("Import", () => {
  it("previews the detected format and lists every bad row", async () => {
    ipc({
      import_preview: () => ({ path: "/tmp/s.csv", detected: { encoding: "Windows-1252", delimiter: ";", decimal_separator: ",", date_format: "DD.MM.YYYY" }, kind: "spend", header: ["date", "amount"], rows: [["01.03.2026", "1.200,50"]], errors: [] }),
      import_file: () => ({ accepted: false, kind: "spend", detected: null, rows: 0, inserted: 0, updated: 0, unchanged: 0, created_sources: [], errors: [{ row: 3, column: "date", reason: "32.03.2026 is not a date" }], error_count: 1, errors_file: null }),
    });
    render(ImportExport, { props: {} });
    await fireEvent.input(screen.getByLabelText("File"), { target: { value: "/tmp/s.csv" } });
    await fireEvent.click(screen.getByText("Preview"));
    await screen.findByText("Detected (Windows-1252)");
    expect(screen.getByText("DD.MM.YYYY")).toBeTruthy();
    await fireEvent.click(screen.getByText("Import"));
    await screen.findByText("32.03.2026 is not a date");
    expect(screen.getByText("Nothing was imported: one row needs fixing.")).toBeTruthy();
    expect(sent("import_file")[0].args).toMatchObject({ path: "/tmp/s.csv", kind: "spend", createSources: false, encoding: null });
  });

  it("says where every problem is when there are more than it lists", async () => {
    const errors = Array.from({ length: 1000 }, (_, i) => ({ row: i + 2, column: "date", reason: `bad date ${i}` }));
    ipc({
      import_preview: () => ({ path: "/tmp/big.csv", detected: null, kind: "spend", header: ["date", "amount"], rows: [], errors: [] }),
      import_file: () => ({ accepted: false, kind: "spend", detected: null, rows: 0, inserted: 0, updated: 0, unchanged: 0, created_sources: [], changed_channels: [], errors, error_count: 2500, errors_file: "/tmp/big.csv.errors.csv" }),
    });
    render(ImportExport, { props: {} });
    await fireEvent.input(screen.getByLabelText("File"), { target: { value: "/tmp/big.csv" } });
    await fireEvent.click(screen.getByText("Preview"));
    await fireEvent.click(await screen.findByText("Import"));
    await screen.findByText("Nothing was imported: 2,500 rows need fixing.");
    expect(screen.getByText("The first 1,000 are listed here; every problem is listed in /tmp/big.csv.errors.csv.")).toBeTruthy();
  });

  const detected = (encoding: string, guessed = false) => ({ encoding, encoding_guessed: guessed, delimiter: ",", decimal_separator: null, date_format: "YYYY-MM-DD" });

  it("re-reads the file in the encoding the user picks, and imports it so", async () => {
    ipc({
      import_preview: (a) => a.encoding === "Windows-1250"
        ? { path: a.path, detected: detected("Windows-1250"), kind: "sources", header: ["channel", "source"], rows: [["Print", "Třebíč"]], errors: [] }
        : { path: a.path, detected: detected("Windows-1252", true), kind: "sources", header: ["channel", "source"], rows: [["Print", "Tøebíè"]], errors: [] },
      import_file: () => ({ accepted: true, kind: "sources", detected: detected("Windows-1250"), rows: 1, inserted: 1, updated: 0, unchanged: 0, created_sources: [], changed_channels: [{ channel: "Print", from: "inbound", to: "outbound" }], errors: [] }),
    });
    render(ImportExport, { props: {} });
    await fireEvent.input(screen.getByLabelText("File"), { target: { value: "/tmp/s.csv" } });
    await fireEvent.click(screen.getByText("Preview"));
    await screen.findByText("Tøebíè");
    // A guess is said aloud, with the way to correct it.
    expect(document.getElementById("import-encoding-guessed")!.textContent).toContain("Windows-1252 was chosen from your language");
    await fireEvent.change(screen.getByLabelText("Encoding"), { target: { value: "Windows-1250" } });
    await screen.findByText("Třebíč");
    expect(sent("import_preview").map((c) => c.args.encoding)).toEqual([null, "Windows-1250"]);
    expect(document.getElementById("import-encoding-guessed")).toBeNull();
    await fireEvent.click(screen.getByText("Import"));
    await screen.findByText("Channel Print is now Outbound (was Inbound).");
    expect(screen.getByText("Read as Windows-1250.")).toBeTruthy();
    expect(sent("import_file")[0].args).toMatchObject({ kind: "sources", encoding: "Windows-1250" });
  });

  it("takes the kind from each file's header, never from the file before", async () => {
    let header = ["date", "amount", "category"];
    ipc({
      import_preview: (a) => ({ path: a.path, detected: detected("UTF-8"), kind: header[0] === "date" ? "spend" : null, header, rows: [], errors: [] }),
    });
    render(ImportExport, { props: {} });
    const kind = () => (document.getElementById("import-kind") as HTMLSelectElement).value;
    await fireEvent.input(screen.getByLabelText("File"), { target: { value: "/tmp/spend.csv" } });
    await fireEvent.click(screen.getByText("Preview"));
    await waitFor(() => expect(kind()).toBe("spend"));
    header = ["foo", "bar"];
    await fireEvent.input(screen.getByLabelText("File"), { target: { value: "/tmp/other.csv" } });
    await fireEvent.click(screen.getByText("Preview"));
    await screen.findByText("The header does not match one kind of record: choose what the file holds.");
    expect(kind()).toBe("");
    expect((screen.getByText("Import") as HTMLButtonElement).disabled).toBe(true);
  });

  it("saves a template of the chosen kind", async () => {
    ipc({ save_template: (a) => ({ path: `/home/me/${a.kind}-template.csv`, bytes: 40 }) });
    render(ImportExport, { props: {} });
    await fireEvent.change(document.getElementById("template-kind")!, { target: { value: "deals" } });
    await fireEvent.click(screen.getByText("Save template…"));
    await screen.findByText("Template saved to /home/me/deals-template.csv");
    expect(sent("save_template")[0].args).toEqual({ kind: "deals" });
  });
});

describe("Spend", () => {
  it("saves a typed cell as a plain decimal", async () => {
    const grid = { year: 2026, rows: [{ source_id: 2, source: "Hannover Messe", channel: "Trade shows", months: Array(12).fill("0"), total: "0" }], general: [], month_totals: Array(12).fill("0"), total: "0" };
    ipc({ spend_grid: () => grid, save_spend_cell: () => null });
    setLanguage("de");
    render(Spend, { props: { status } });
    const cell = await waitFor(() => {
      const c = document.querySelector<HTMLInputElement>('[data-cell="0:2"]');
      if (!c) throw new Error("grid not drawn yet");
      return c;
    });
    await fireEvent.input(cell, { target: { value: "1.250,75" } });
    await fireEvent.blur(cell);
    await waitFor(() => expect(sent("save_spend_cell").length).toBe(1));
    expect(sent("save_spend_cell")[0].args.cell).toEqual({ source_id: 2, year: 2026, month: 3, amount: "1250.75" });
  });
});

describe("Settings", () => {
  it("stores the margin typed in percent as a fraction", async () => {
    const s = { company_name: "Acme", currency: "EUR", fiscal_year_start_month: 1, gross_margin: "1", half_life_days: "7", language: "en" };
    ipc({ get_settings: () => s, update_settings: (a) => a.settings, pin_status: () => ({ set: false, locked: false, wait_s: null }) });
    let refreshed = 0;
    render(Settings, { props: { status, onstatus: () => refreshed++ } });
    const margin = await screen.findByLabelText(/Gross margin/);
    await fireEvent.input(margin, { target: { value: "35" } });
    await fireEvent.click(screen.getByText("Save"));
    await waitFor(() => expect(sent("update_settings").length).toBe(1));
    expect((sent("update_settings")[0].args.settings as any).gross_margin).toBe("0.35");
    await waitFor(() => expect(refreshed).toBe(1));
  });

  it("keeps the call log's retention period in months", async () => {
    const s = { company_name: "Acme", currency: "EUR", fiscal_year_start_month: 1, gross_margin: "1", half_life_days: "7", language: "en", call_retention_months: 24 };
    ipc({ get_settings: () => s, update_settings: (a) => a.settings, pin_status: () => ({ set: false, locked: false, wait_s: null }) });
    render(Settings, { props: { status, onstatus: () => {} } });
    const months = (await screen.findByLabelText(/Calls keep their numbers/)) as HTMLInputElement;
    expect(months.value).toBe("24");
    await fireEvent.input(months, { target: { value: "12" } });
    await fireEvent.click(screen.getByText("Save"));
    await waitFor(() => expect(sent("update_settings").length).toBe(1));
    expect((sent("update_settings")[0].args.settings as any).call_retention_months).toBe(12);
  });
});

describe("Welcome", () => {
  it("opens the demo or creates the company", async () => {
    ipc({ open_demo: () => status, create_company: (a) => ({ ...status, demo: false, company: a.company.name }) });
    let started: any = null;
    render(Welcome, { props: { onstarted: (s: any) => (started = s) } });
    await fireEvent.click(screen.getAllByText("Explore the demo company")[1]);
    await waitFor(() => expect(started?.demo).toBe(true));
    // The demo speaks the welcome screen's language.
    expect(sent("open_demo")[0].args).toEqual({ language: "en" });
    await fireEvent.input(screen.getByLabelText("Company name"), { target: { value: "Muster GmbH" } });
    await fireEvent.click(screen.getAllByText("Set up my company")[1]);
    await waitFor(() => expect(started?.company).toBe("Muster GmbH"));
  });
});

describe("Unknown", () => {
  it("is stored as Unknown and shown in the user's language", async () => {
    setLanguage("ru");
    ipc({
      catalog: () => ({ channels: [], sources }),
      top_sources: () => sources.map((source, i) => ({ key: i + 1, source, pinned: false })),
      recent_inquiries: () => [inquiry("INQ-2026-00009", 1)],
      company_suggestions: () => [],
    });
    render(LogInquiry, { props: {} });
    // The number key, the 0 key and the recent call all read "Неизвестно".
    await waitFor(() => expect(screen.getAllByText(/Неизвестно/).length).toBe(3));
    expect(screen.queryByText(/Unknown/)).toBeNull();
  });
});

describe("Sources", () => {
  it("shows the number keys' rule and pins a source to a key", async () => {
    const keys = [{ key: 1, source: sources[1], pinned: false }, { key: 2, source: sources[2], pinned: false }];
    ipc({
      catalog: () => ({ channels: [], sources }),
      top_sources: () => keys,
      pin_log_key: (a) => [{ key: 1, source: sources.find((x) => x.id === a.sourceId)!, pinned: true }, { key: 2, source: sources[1], pinned: false }],
    });
    render(Sources, { props: {} });
    await screen.findByText(/Pinned sources keep their key/);
    const one = await screen.findByLabelText("Source on key 1");
    await waitFor(() => expect((one as HTMLSelectElement).options[0].textContent).toContain("by the rule"));
    await fireEvent.change(one, { target: { value: String(sources[2].id) } });
    await waitFor(() => expect(sent("pin_log_key").length).toBe(1));
    expect(sent("pin_log_key")[0].args).toEqual({ sourceId: sources[2].id, key: 1 });
    await screen.findByText("Unpin");
  });
  it("merges one source into another", async () => {
    ipc({ catalog: () => ({ channels: [{ id: 1, name: "Trade shows", direction: "outbound", sources: 4 }], sources }), merge_sources: () => ({ channels: [], sources: [] }) });
    render(Sources, { props: {} });
    await screen.findAllByText("Hannover Messe");
    await fireEvent.change(screen.getByLabelText("Merge"), { target: { value: "4" } });
    await fireEvent.change(screen.getByLabelText("into"), { target: { value: "2" } });
    await fireEvent.click(screen.getAllByText("Merge sources")[1]);
    await waitFor(() => expect(sent("merge_sources")[0]?.args).toMatchObject({ from: 4, into: 2 }));
  });
});

describe("Inquiries", () => {
  it("searches and marks a deal lost with a reason", async () => {
    const row = { ...inquiry("INQ-2026-00001", 2), deals: [{ id: "D-2026-00001", inquiry_id: "INQ-2026-00001", company: "Acme", quoted_at: "2026-06-01", closed_at: null, status: "open", amount: "1000", lost_reason: null }], deals_total: "1000" };
    ipc({ search_inquiries: () => ({ rows: [row], total: 1 }), close_deal: () => row.deals[0] });
    render(Inquiries, { props: { status } });
    await fireEvent.input(screen.getByPlaceholderText(/Search/), { target: { value: "acme" } });
    await waitFor(() => expect(sent("search_inquiries").some((c) => (c.args.query as any).text === "acme")).toBe(true));
    await fireEvent.click(await screen.findByText("INQ-2026-00001"));
    await fireEvent.click(screen.getByText("Mark lost"));
    await fireEvent.input(screen.getByLabelText("Reason"), { target: { value: "price" } });
    await fireEvent.submit(screen.getByLabelText("Reason").closest("form")!);
    await waitFor(() => expect(sent("close_deal")[0]?.args.close).toMatchObject({ id: "D-2026-00001", won: false, reason: "price" }));
  });
});
