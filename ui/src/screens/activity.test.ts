// The Spend screen's channel activity (issue 15): each source's counts per
// month with the cost per click beside the cost per lead, the company's
// total per metric, a metric the user named shown as imported, and the
// hint to import when the year has none.
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks } from "@tauri-apps/api/mocks";
import { setLanguage, t } from "../lib/i18n.svelte";
import { money } from "../lib/format";
import { status } from "../test/fixtures";
import { axeViolations, ipc } from "../test/ipc";
import type { ActivityGrid } from "../bindings";
import Spend from "./Spend.svelte";

const grid = { year: 2026, rows: [], general: [], month_totals: Array(12).fill("0"), total: "0" };
const activity: ActivityGrid = {
  year: 2026,
  rows: [
    { source_id: 3, source: "Google Ads", metric: "clicks", months: [400, 600, ...Array(10).fill(0)], total: 1000, cost_per: "0.25", cpl: "250" },
    { source_id: 3, source: "Google Ads", metric: "webinar_signups", months: [0, 12, ...Array(10).fill(0)], total: 12, cost_per: "20.8333", cpl: "250" },
  ],
  totals: [{ metric: "clicks", count: 1000, cost_per: "0.25", to_lead_pct: "0.1" }],
};
afterEach(() => { cleanup(); clearMocks(); });

describe("Spend: channel activity", () => {
  for (const lang of ["en", "de"]) {
    it(`shows the counts per month, the cost per click and the cost per lead (${lang})`, async () => {
      setLanguage(lang);
      ipc({ spend_grid: () => grid, activity_grid: () => activity });
      render(Spend, { props: { status } });
      const row = await waitFor(() => {
        const r = document.querySelector<HTMLElement>('[data-activity="Google Ads:clicks"]');
        if (!r) throw new Error("not drawn yet");
        return r;
      });
      const cells = [...row.querySelectorAll("td")].map((c) => c.textContent);
      expect(cells[1]).toBe(t("ui-activity-metric-clicks"));
      expect(cells.slice(-3)).toEqual([new Intl.NumberFormat(lang === "de" ? "de-DE" : "en-GB").format(1000), money(lang, "0.25", "EUR", 2), money(lang, "250", "EUR", 2)]);
      expect(document.querySelector('[data-activity="Google Ads:webinar_signups"] td:nth-child(2)')?.textContent).toBe("webinar_signups");
      expect(screen.getByText(new RegExp(t("ui-activity-metric-clicks") + ":"))).toBeTruthy();
      expect(await axeViolations(document.querySelector(".activity")!)).toEqual([]);
    });
  }
  it("says how to bring activity in when the year has none", async () => {
    setLanguage("en");
    ipc({ spend_grid: () => grid, activity_grid: () => ({ year: 2026, rows: [], totals: [] }) });
    render(Spend, { props: { status } });
    await screen.findByText(t("ui-activity-none"));
  });
});
