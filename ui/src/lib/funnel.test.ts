import { describe, expect, it } from "vitest";
import { STAGES, cohortChart, cohortExpected, cohortRows, funnelChart, funnelRows } from "./funnel";
import { higherIsBetter, tiles } from "./dashboard";
import { setLanguage, t } from "./i18n.svelte";
import { money, pct } from "./format";

// The percent sign as English formats it (with its narrow space).
const p = (v: string) => pct("en", v);
import { cohorts, dashboard, funnel } from "../test/fixtures";

describe("funnel view", () => {
  it("draws the four stages for all sources first, then each source", () => {
    const c = funnelChart(funnel(), "All", ["L", "Q", "O", "W"]);
    expect(c.data.labels).toEqual(["All", "Hannover Messe", "Google Ads"]);
    expect(c.data.datasets.map((d) => d.label)).toEqual(["L", "Q", "O", "W"]);
    expect(c.data.datasets.map((d) => d.data[0])).toEqual([120, 60, 48, 12]);
    expect(STAGES).toEqual(["leads", "qualified_leads", "quoted_leads", "won_leads"]);
  });
  it("shows each stage with its share of the leads, money only when allowed", () => {
    const rows = funnelRows("en", funnel(), "All", "EUR", false);
    expect(rows[1]).toEqual(["Hannover Messe", "60", `30 (${p("50")})`, `24 (${p("40")})`, `6 (${p("10")})`, p("33.333333")]);
    const owner = funnelRows("en", funnel(), "All", "EUR", true);
    expect(owner[1]).toHaveLength(8);
    expect(owner[1][6]).toContain("120,001");
  });
  it("a stage the engine left undefined shows a dash and no share", () => {
    const f = funnel();
    f.sources[0] = { ...f.sources[0], qualified_leads: null, qualified_pct: null };
    expect(funnelRows("en", f, "All", "EUR", false)[1][2]).toBe("–");
  });
});

describe("cohort view", () => {
  it("draws one curve per year, as long as the oldest, the young one shorter", () => {
    const c = cohortChart(cohorts());
    expect(c.data.labels).toHaveLength(18);
    expect(c.data.datasets.map((d) => d.label)).toEqual(["2025", "2026"]);
    expect(c.data.datasets[0].data[13]).toBe(1000);
    expect(c.data.datasets[1].data).toHaveLength(6);
  });
  it("leaves out the curve of a year without leads, not its row", () => {
    const c = cohorts();
    c.years.unshift({ ...c.years[0], year: 2024, leads: "0", cohort_revenue: "0", curve: Array(30).fill("0") });
    expect(cohortChart(c).data.datasets.map((d) => d.label)).toEqual(["2025", "2026"]);
    expect(cohortRows("en", c, "EUR").map((r) => r[0])).toEqual(["2026", "2025", "2024"]);
  });
  it("lists the newest year first with its spend, revenue so far and ROI", () => {
    const rows = cohortRows("en", cohorts(), "EUR");
    expect(rows.map((r) => r[0])).toEqual(["2026", "2025"]);
    expect(rows[0][4]).toBe(p("-40"));
  });
  it("says what this year's leads will likely bring, or that it cannot", () => {
    setLanguage("en");
    const e = cohortExpected("en", cohorts(), "EUR");
    expect(e).toEqual({ revenue: expect.stringContaining("1,000"), roi: p("100"), maturity: p("30") });
    expect(t("ui-cohort-expected", e!)).toContain(p("30"));
    expect(cohortExpected("en", { ...cohorts(), maturity_pct: null, expected_revenue: null }, "EUR")).toBeNull();
  });
  it("a quote's age reads in Russian plurals", () => {
    setLanguage("ru");
    expect([1, 3, 5, 21].map((days) => t("ui-quote-age", { days }))).toEqual(["1 день", "3 дня", "5 дней", "21 день"]);
    setLanguage("en");
  });
});

describe("quote tiles", () => {
  it("show when the engine sends them; quicker orders are better", () => {
    const d = dashboard("120");
    const kpi = { ...d.kpis[0], key: "quote_to_order_days", kind: "days" as const };
    expect(tiles({ ...d, kpis: [...d.kpis, kpi] }).map((k) => k.key)).toContain("quote_to_order_days");
    expect(higherIsBetter("quote_to_order_days")).toBe(false);
    expect(higherIsBetter("quote_hit_rate_pct")).toBe(true);
  });
});

describe("chart sizes", () => {
  it("the funnel chart draws all sources and the first seven; the cohort axis names its months", () => {
    const f = funnel();
    f.sources = Array.from({ length: 12 }, (_, i) => ({ ...f.sources[0], name: `S${i}` }));
    expect(funnelChart(f, "All", ["L", "Q", "O", "W"]).data.labels).toHaveLength(8);
    const c = cohortChart(cohorts(), "en", "EUR", "Months since the year began");
    expect((c.options as any).scales.x.title.text).toBe("Months since the year began");
    expect((c.options as any).scales.y.ticks.callback(500000)).toBe(money("en", "500000", "EUR"));
  });
});
