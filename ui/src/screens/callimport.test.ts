// The phone system's call log on the Import & export screen, against the
// Tauri IPC mocks: the layout chosen and the mapping sent as the backend
// takes them, the preview's counts and first calls, the import's outcome,
// every bad row, and the owner's export of the log.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { clearMocks } from "@tauri-apps/api/mocks";
import { setLanguage } from "../lib/i18n.svelte";
import { axeViolations, ipc, type Calls } from "../test/ipc";
import { callOptions } from "../lib/calls";
import ImportExport from "./ImportExport.svelte";

let calls: Calls;
const sent = (cmd: string) => calls.filter((c) => c.cmd === cmd);
const detected = { encoding: "Windows-1252", encoding_guessed: false, delimiter: ";", decimal_separator: null, date_format: "DD.MM.YY" };
const preview = (already: number) => ({
  format: "fritzbox", detected, calls: 3, new: 3 - already, already, outgoing: 2, internal: 0, withheld: 1,
  rows: [{ row: 3, started_at: "2026-11-30T09:12:00", caller: "030 1234567", dialled: "0711 5550", duration_s: 125, answered: true }],
  errors: [],
});
const imported = { accepted: true, format: "fritzbox", detected, calls: 3, new: 3, already: 0, outgoing: 2, internal: 0, withheld: 1, tagged: 1, purged: 0, errors: [] };

beforeEach(() => setLanguage("en"));
afterEach(() => { cleanup(); clearMocks(); });

async function toCalls(path: string) {
  render(ImportExport, { props: {} });
  await fireEvent.click(screen.getByLabelText("Phone system's call log"));
  await fireEvent.input(document.getElementById("calls-path")!, { target: { value: path } });
}

describe("Importing a call log", () => {
  it("previews what would be stored, then imports it in the layout chosen", async () => {
    calls = ipc({ preview_call_log: () => preview(0), import_call_log: () => imported });
    await toCalls("/tmp/fritz.csv");
    await fireEvent.change(document.getElementById("calls-format")!, { target: { value: "fritzbox" } });
    await screen.findByText("3 calls from outside numbers: 3 new, 0 stored already.");
    expect(screen.getByText("Layout read: FRITZ!Box call list · encoding: Windows-1252")).toBeTruthy();
    expect(screen.getByText("Left out: outgoing 2, internal 0, number withheld 1.")).toBeTruthy();
    expect(screen.getByText("030 1234567")).toBeTruthy();
    expect(screen.getByText("2:05")).toBeTruthy();
    // Nothing is stored until Import.
    expect(sent("import_call_log")).toHaveLength(0);
    await fireEvent.click(screen.getByText("Import"));
    await screen.findByText("3 new calls stored, 0 stored already.");
    expect(screen.getByText("One inquiry of unknown source now carries the source of the tracking number dialled.")).toBeTruthy();
    expect(sent("preview_call_log")[0].args).toEqual({ path: "/tmp/fritz.csv", format: "fritzbox", columns: null, encoding: null });
    expect(sent("import_call_log")[0].args).toEqual({ path: "/tmp/fritz.csv", format: "fritzbox", columns: null, encoding: null });
  });

  it("sends another layout's columns and lists every bad row with its line and column", async () => {
    calls = ipc({
      preview_call_log: () => ({ ...preview(0), format: null, calls: 0, new: 0, rows: [], errors: [
        { row: 2, column: "caller", reason: "the caller is empty" },
        { row: 5, column: "duration_s", reason: "-4 is not a duration" },
      ] }),
    });
    await toCalls("/tmp/other.csv");
    await fireEvent.input(screen.getByLabelText("Columns of another layout"), { target: { value: " started_at=Beginn,caller=Von,dialled=An " } });
    await fireEvent.change(screen.getByLabelText("Columns of another layout"));
    await screen.findByText("-4 is not a duration");
    expect(screen.getByText("Nothing was imported: 2 rows need fixing.")).toBeTruthy();
    expect(screen.getByText("the caller is empty")).toBeTruthy();
    expect(document.querySelectorAll("#calls-refused .bad-row")).toHaveLength(2);
    // A refused log offers no import.
    expect(document.getElementById("calls-run")).toBeNull();
    expect(sent("preview_call_log").at(-1)!.args).toMatchObject({ format: null, columns: "started_at=Beginn,caller=Von,dialled=An" });
  });

  it("reads the log again in the encoding the user picks", async () => {
    calls = ipc({
      preview_call_log: (a) => a.encoding
        ? { ...preview(0), detected: { ...detected, encoding: a.encoding }, rows: [{ ...preview(0).rows[0], caller: "Müller 030 1" }] }
        : { ...preview(0), detected: { ...detected, encoding: "UTF-8", encoding_guessed: true } },
    });
    await toCalls("/tmp/fritz.csv");
    await fireEvent.click(screen.getByText("Preview"));
    await screen.findByText("Layout read: FRITZ!Box call list · encoding: UTF-8");
    expect(screen.getByText(/UTF-8 was chosen from your language/)).toBeTruthy();
    await fireEvent.change(document.getElementById("calls-encoding")!, { target: { value: "Windows-1252" } });
    await screen.findByText("Müller 030 1");
    expect(sent("preview_call_log").map((c) => c.args.encoding)).toEqual([null, "Windows-1252"]);
  });

  it("says in German what a repeated log would add", async () => {
    setLanguage("de");
    calls = ipc({ preview_call_log: () => preview(3) });
    render(ImportExport, { props: {} });
    await fireEvent.click(screen.getByLabelText("Anrufliste der Telefonanlage"));
    await fireEvent.input(document.getElementById("calls-path")!, { target: { value: "/tmp/fritz.csv" } });
    await fireEvent.click(screen.getByText("Vorschau"));
    await screen.findByText("3 Anrufe von externen Nummern: 0 neu, 3 schon gespeichert.");
  });

  it("exports the call log through its own save dialog", async () => {
    calls = ipc({ export_call_log: () => ({ path: "/home/me/calls.csv", bytes: 120 }) });
    render(ImportExport, { props: {} });
    await fireEvent.change(document.getElementById("export-kind")!, { target: { value: "calls" } });
    await fireEvent.click(screen.getByText("Export as CSV…"));
    await screen.findByText("Saved to /home/me/calls.csv");
    expect(sent("export_call_log")).toHaveLength(1);
    expect(sent("export_file")).toHaveLength(0);
  });

  it("has no accessibility violations with a preview and a refused log shown", async () => {
    calls = ipc({ preview_call_log: () => preview(1), import_call_log: () => ({ ...imported, accepted: false, errors: [{ row: 4, column: "started_at", reason: "31.02.26 is not a date" }] }) });
    await toCalls("/tmp/fritz.csv");
    await fireEvent.click(screen.getByText("Preview"));
    await screen.findByText("030 1234567");
    await fireEvent.click(screen.getByText("Import"));
    await screen.findByText("31.02.26 is not a date");
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it("sends an empty choice as none, for the backend to recognise", () => {
    expect(callOptions(" /tmp/a.csv ", "", "  ")).toEqual({ path: "/tmp/a.csv", format: null, columns: null, encoding: null });
  });
});
