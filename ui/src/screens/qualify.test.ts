// A lead qualified with one key (issue 15): Alt+U on an Inquiries row marks
// it qualified today, the row shows its chip, the key again takes the mark
// back; the row's detail gives the date field; the open quotes list their
// age above the list.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks } from "@tauri-apps/api/mocks";
import { setLanguage, t } from "../lib/i18n.svelte";
import { inquiry, status } from "../test/fixtures";
import { ipc, type Calls } from "../test/ipc";
import type { InquiryDto } from "../bindings";
import Inquiries from "./Inquiries.svelte";

let rows: InquiryDto[];
let calls: Calls;

beforeEach(() => {
  setLanguage("en");
  rows = [inquiry("INQ-2026-00001", 2), inquiry("INQ-2026-00002", 3)];
  calls = ipc({
    search_inquiries: () => ({ rows, total: rows.length }),
    open_quotes: () => [{ deal_id: "D-2026-00001", inquiry_id: "INQ-2026-00001", company: "Acme", quoted_at: "2026-06-01", age_days: 14, amount: "1000" }],
    qualify_inquiry: (a) => {
      const i = rows.find((r) => r.id === a.input.id)!;
      const saved = { ...i, qualified_at: a.input.qualified ? (a.input.date ?? "2026-06-15") : null, version: i.version + 1 };
      rows = rows.map((r) => (r.id === saved.id ? saved : r));
      return { inquiry: saved, undo_token: "u1" };
    },
  });
});
afterEach(() => { cleanup(); clearMocks(); });

describe("Inquiries: qualified with one key", () => {
  it("Alt+U on a row marks the lead qualified today, and again takes it back", async () => {
    render(Inquiries, { props: { status } });
    await screen.findByText("INQ-2026-00002");
    const first = document.querySelector<HTMLElement>("tr.main .rowtoggle")!;
    first.focus();
    await fireEvent.keyDown(first, { key: "u", altKey: true });
    await waitFor(() => expect(document.querySelector("tr.main .chip.qualified")).not.toBeNull());
    const sent = calls.filter((c) => c.cmd === "qualify_inquiry");
    expect(sent[0].args).toMatchObject({ input: { id: "INQ-2026-00001", qualified: true, date: null } });
    await fireEvent.keyDown(document.querySelector<HTMLElement>("tr.main .rowtoggle")!, { key: "u", altKey: true });
    await waitFor(() => expect(document.querySelector("tr.main .chip.qualified")).toBeNull());
  });
  it("the row's detail takes another date, and the open quotes show their age", async () => {
    render(Inquiries, { props: { status } });
    await screen.findByText(t("ui-quote-age", { days: 14 }));
    await screen.findByText("INQ-2026-00002");
    await fireEvent.click(document.querySelector<HTMLElement>("tr.main .rowtoggle")!);
    const day = await waitFor(() => {
      const el = document.querySelector<HTMLInputElement>("#qualify-date-INQ-2026-00001");
      if (!el) throw new Error(`no date field: ${document.querySelector(".detail")?.innerHTML.slice(0, 300)}`);
      return el;
    });
    await fireEvent.input(day, { target: { value: "2026-06-12" } });
    await fireEvent.click(document.querySelector<HTMLElement>(".detail .qualify button")!);
    await waitFor(() => expect(calls.some((c) => c.cmd === "qualify_inquiry" && (c.args as any).input.date === "2026-06-12")).toBe(true));
  });
});
