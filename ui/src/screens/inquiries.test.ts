// Inquiries & deals by keyboard (issue 11): rows reachable with Tab and the
// arrow keys and opened with Enter or Space, every action of the deal panel
// by keyboard, and a chip for open, won and lost quotes that tells them
// apart by colour and text, each at least 4.5:1.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { clearMocks } from "@tauri-apps/api/mocks";
import screenSource from "./Inquiries.svelte?raw";
import { setLanguage } from "../lib/i18n.svelte";
import { inquiry, status } from "../test/fixtures";
import { axeViolations, ipc, type Calls } from "../test/ipc";
import type { DealDto, DealStatus, InquiryDto } from "../bindings";
import Inquiries from "./Inquiries.svelte";

const deal = (id: string, st: DealStatus, extra: Partial<DealDto> = {}): DealDto => ({
  id, inquiry_id: "INQ-2026-00001", company: "Acme", quoted_at: "2026-06-01", closed_at: st === "open" ? null : "2026-06-10",
  status: st, amount: "1000", lost_reason: st === "lost" ? "price" : null, version: 1, ...extra,
});
const rows: InquiryDto[] = [
  { ...inquiry("INQ-2026-00001", 2), deals: [deal("D-2026-00001", "open"), deal("D-2026-00002", "won"), deal("D-2026-00003", "lost")], deals_total: "3000" },
  inquiry("INQ-2026-00002", 3),
  inquiry("INQ-2026-00003", 4),
];
let calls: Calls;
const sent = (cmd: string) => calls.filter((c) => c.cmd === cmd);

beforeEach(() => {
  setLanguage("en");
  calls = ipc({
    search_inquiries: () => ({ rows, total: rows.length }),
    close_deal: (a) => ({ ...rows[0].deals[0], status: a.close.won ? "won" : "lost" }),
    save_deal: (a) => ({ ...deal("D-2026-00004", "open"), amount: a.deal.amount }),
  });
});
afterEach(() => { cleanup(); clearMocks(); });

/** Each row's button, which opens it. */
async function toggles(): Promise<HTMLElement[]> {
  await screen.findByText("INQ-2026-00003");
  return [...document.querySelectorAll<HTMLElement>("tr.main td:first-child button")];
}

describe("Inquiries by keyboard", () => {
  it("puts one row in the tab order, moves with the arrow keys and opens with Enter or Space", async () => {
    render(Inquiries, { props: { status } });
    const [first, second, third] = await toggles();
    expect([first.tabIndex, second.tabIndex, third.tabIndex]).toEqual([0, -1, -1]);
    // A button says whether its row is open, and names the inquiry.
    expect(first.getAttribute("aria-expanded")).toBe("false");
    expect(document.getElementById(first.getAttribute("aria-describedby")!)?.textContent).toBe("INQ-2026-00001");
    // The table says how its rows open.
    const table = first.closest("table")!;
    expect(document.getElementById(table.getAttribute("aria-describedby")!)?.textContent).toMatch(/Enter or Space/);

    first.focus();
    await fireEvent.keyDown(first, { key: "ArrowDown" });
    expect(document.activeElement).toBe(second);
    await waitFor(() => expect([first.tabIndex, second.tabIndex]).toEqual([-1, 0]));
    await fireEvent.keyDown(second, { key: "End" });
    expect(document.activeElement).toBe(third);
    await fireEvent.keyDown(third, { key: "Home" });
    expect(document.activeElement).toBe(first);

    // Enter and Space press the button (a click, as the browser sends it).
    await fireEvent.click(first);
    expect(first.getAttribute("aria-expanded")).toBe("true");
    const detail = document.getElementById(first.getAttribute("aria-controls")!)!;
    expect(within(detail).getByText("Add quote")).toBeTruthy();
    await fireEvent.click(first);
    expect(first.getAttribute("aria-expanded")).toBe("false");
    expect(document.querySelector("tr.detail")).toBeNull();
    // A click anywhere on the row opens it too.
    await fireEvent.click(second.closest("tr")!.querySelector("td:last-child")!);
    expect(second.getAttribute("aria-expanded")).toBe("true");
  });

  it("marks a quote won, lost or adds one with the keyboard alone", async () => {
    render(Inquiries, { props: { status } });
    const [first] = await toggles();
    first.focus();
    await fireEvent.click(first);
    const detail = document.querySelector<HTMLElement>("tr.detail")!;
    // Every control of the panel is a native, focusable control.
    const controls = [...detail.querySelectorAll<HTMLElement>("button, input, select, a, [tabindex]")];
    expect(controls.length).toBeGreaterThan(5);
    for (const c of controls) {
      expect(["BUTTON", "INPUT", "SELECT"]).toContain(c.tagName);
      expect(c.tabIndex).toBeGreaterThanOrEqual(0);
    }

    // Mark won: the focus goes to the final amount, Escape cancels back to the row.
    await fireEvent.click(within(detail).getByText("Mark won"));
    await waitFor(() => expect(document.activeElement?.id).toBe("close-amount-D-2026-00001"));
    await fireEvent.keyDown(document.activeElement!, { key: "Escape" });
    expect(detail.querySelector("#close-amount-D-2026-00001")).toBeNull();
    expect(document.activeElement).toBe(first);

    // Mark lost with a reason, submitted with Enter (the form's submit).
    await fireEvent.click(within(detail).getByText("Mark lost"));
    await waitFor(() => expect(document.activeElement?.id).toBe("close-amount-D-2026-00001"));
    const reason = screen.getByLabelText("Reason");
    await fireEvent.input(reason, { target: { value: "price" } });
    await fireEvent.submit(reason.closest("form")!);
    await waitFor(() => expect(sent("close_deal")[0]?.args.close).toMatchObject({ id: "D-2026-00001", won: false, reason: "price", version: 1 }));
    await waitFor(() => expect(document.activeElement).toBe(first));

    // A new quote.
    await fireEvent.input(within(detail).getByLabelText("Amount"), { target: { value: "1.250,00" } });
    await fireEvent.submit(within(detail).getByText("Add quote").closest("form")!);
    await waitFor(() => expect((sent("save_deal")[0]?.args.deal as any)?.amount).toBe("1250.00"));

    expect(await axeViolations(document.body)).toEqual([]);
  });
});

describe("Deal chips", () => {
  it("name open, won and lost with their own mark and colour", async () => {
    render(Inquiries, { props: { status } });
    const [first] = await toggles();
    await fireEvent.click(first);
    const chips = [...document.querySelectorAll<HTMLElement>("tr.detail .chip")];
    expect(chips.map((c) => c.textContent?.trim())).toEqual(["○ Open", "✓ Won", "✕ Lost"]);
    expect(new Set(chips.map((c) => c.className.split(" ").find((k) => k.startsWith("deal-")))).size).toBe(3);
    // The mark is for the eye; assistive technology reads the word.
    for (const c of chips) expect(c.querySelector("[aria-hidden='true']")).toBeTruthy();
  });

  it("reach 4.5:1 each, in the app's style sheet and the screen's", async () => {
    // Vitest hands a style sheet over empty, even as ?raw: read the file.
    const fs: { readFileSync(path: string, encoding: string): string } = await import("node:" + "fs");
    const appCss = fs.readFileSync("src/app.css", "utf8");
    const screenCss = screenSource;
    const vars = Object.fromEntries([...appCss.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{3,6})/gi)].map((m) => [m[1], m[2]]));
    const colour = (v: string) => (v.startsWith("var(") ? vars[v.slice(4, -1)] : v);
    const rules = [...(appCss + screenCss).matchAll(/(\.chip[\w.-]*)\s*\{([^}]*)\}/g)].map((m) => ({
      selector: m[1],
      bg: /background:\s*([^;]+);/.exec(m[2])?.[1].trim(),
      fg: /(?:^|[\s;])color:\s*([^;]+);/.exec(m[2])?.[1].trim(),
    }));
    const base = rules.find((r) => r.selector === ".chip")!;
    const chips = rules.map((r) => ({ ...r, bg: colour(r.bg ?? base.bg!), fg: colour(r.fg ?? base.fg!) }));
    expect(chips.map((c) => c.selector)).toEqual(expect.arrayContaining([".chip", ".chip.above", ".chip.below", ".chip.deal-open", ".chip.deal-won", ".chip.deal-lost"]));
    const short = chips.filter((c) => contrast(c.fg, c.bg) < 4.5).map((c) => `${c.selector} ${c.fg} on ${c.bg}: ${contrast(c.fg, c.bg).toFixed(2)}`);
    expect(short).toEqual([]);
  });
});

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const h = hex.length === 4 ? [...hex.slice(1)].map((c) => c + c).join("") : hex.slice(1);
    const [r, g, bl] = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
