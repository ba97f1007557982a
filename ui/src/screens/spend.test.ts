// The Spend screen as a spreadsheet user meets it (issue 11): the arrow
// keys, a name for every cell, an impossible date refused with its field.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { clearMocks } from "@tauri-apps/api/mocks";
import { setLanguage } from "../lib/i18n.svelte";
import { status } from "../test/fixtures";
import { axeViolations, ipc, type Calls } from "../test/ipc";
import Spend from "./Spend.svelte";

const row = (source_id: number, source: string, months: string[]) =>
  ({ source_id, source, channel: "Trade shows", months, total: "0" });
const grid = {
  year: 2026,
  rows: [row(2, "Hannover Messe", ["0", "0", "1250.75", ...Array(9).fill("0")]), row(3, "Google Ads", Array(12).fill("100"))],
  general: [], month_totals: Array(12).fill("0"), total: "0",
};
let calls: Calls;
const sent = (cmd: string) => calls.filter((c) => c.cmd === cmd);

beforeEach(() => {
  setLanguage("en");
  calls = ipc({ spend_grid: () => grid, save_spend_cell: () => null, add_general_spend: () => [1] });
});
afterEach(() => { cleanup(); clearMocks(); });

async function drawn() {
  render(Spend, { props: { status } });
  return waitFor(() => {
    const c = document.querySelector<HTMLInputElement>('[data-cell="0:0"]');
    if (!c) throw new Error("grid not drawn yet");
    return c;
  });
}
const cell = (r: number, m: number) => document.querySelector<HTMLInputElement>(`[data-cell="${r}:${m}"]`)!;

describe("Spend: the grid", () => {
  it("moves between rows with Up and Down and between months with Left and Right", async () => {
    await drawn();
    cell(0, 2).focus();
    await fireEvent.keyDown(cell(0, 2), { key: "ArrowDown" });
    expect(document.activeElement).toBe(cell(1, 2));
    await fireEvent.keyDown(cell(1, 2), { key: "ArrowUp" });
    expect(document.activeElement).toBe(cell(0, 2));
    // The whole amount is selected on arrival, so Right leaves the cell.
    await waitFor(() => expect(cell(0, 2).selectionEnd).toBe(cell(0, 2).value.length));
    await fireEvent.keyDown(cell(0, 2), { key: "ArrowRight" });
    expect(document.activeElement).toBe(cell(0, 3));
    await fireEvent.keyDown(cell(0, 3), { key: "ArrowLeft" });
    expect(document.activeElement).toBe(cell(0, 2));
    // Within a typed amount the caret moves and the cell stays.
    await fireEvent.input(cell(0, 2), { target: { value: "1200" } });
    cell(0, 2).setSelectionRange(2, 2);
    await fireEvent.keyDown(cell(0, 2), { key: "ArrowLeft" });
    expect(document.activeElement).toBe(cell(0, 2));
  });

  it("shows whole units, and the exact amount in the cell being edited", async () => {
    await drawn();
    expect(cell(0, 2).value).toBe("1,251");
    cell(0, 2).focus();
    await waitFor(() => expect(cell(0, 2).value).toBe("1,250.75"));
  });

  it("names every cell by its source and month", async () => {
    await drawn();
    expect(screen.getByLabelText("Hannover Messe, March 2026")).toBe(cell(0, 2));
    expect(screen.getByLabelText("Google Ads, December 2026")).toBe(cell(1, 11));
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it("names the cells in the user's language", async () => {
    setLanguage("ru");
    await drawn();
    expect(cell(0, 2).getAttribute("aria-label")).toBe("Hannover Messe, март 2026 г.");
  });
});

describe("Spend: a general spend line", () => {
  async function add(date: string) {
    await drawn();
    const section = document.querySelector<HTMLElement>(".general")!;
    const day = within(section).getByLabelText("Date") as HTMLInputElement;
    await fireEvent.input(day, { target: { value: date } });
    await fireEvent.input(within(section).getByLabelText("Amount"), { target: { value: "1200" } });
    await fireEvent.submit(day.closest("form")!);
    return { section, day };
  }

  it.each(["20266-03-01", "0202-03-01", ""])("with the date %j is refused, naming the field beside the form", async (date) => {
    const { section, day } = await add(date);
    const alert = await within(section).findByRole("alert");
    expect(alert.textContent).toMatch(/^Date: /);
    expect(day.getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(day);
    expect(sent("add_general_spend").length).toBe(0);
  });

  it("shows the backend's refusal beside the form, translated when it is the date", async () => {
    calls = ipc({ spend_grid: () => grid, add_general_spend: () => { throw { code: "invalid_date", field: "date", message: "date 2201-01-01 is outside 1900 to 2200" }; } });
    setLanguage("de");
    await drawn();
    const section = document.querySelector<HTMLElement>(".general")!;
    await fireEvent.input(within(section).getByLabelText("Betrag"), { target: { value: "1200" } });
    await fireEvent.submit(section.querySelector("form")!);
    expect((await within(section).findByRole("alert")).textContent).toBe("Datum: Bitte ein Datum zwischen 1900 und 2200 eingeben.");
  });

  it("adds a good line", async () => {
    await add("2026-03-01");
    await waitFor(() => expect(sent("add_general_spend").length).toBe(1));
    expect((sent("add_general_spend")[0].args.spend as any)).toMatchObject({ date: "2026-03-01", amount: "1200" });
  });
});
