// The dashboard for every reader (issue 11): each chart is an image named in
// the user's language by what it shows, each table's scrolling box can be
// reached and is named, and each figure is rounded once from the exact value
// the backend sends. (That the dashboard fits 1280 × 800 in every language,
// with its tables or without, needs a real window: tests/e2e/fit_and_keys.rs.)
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks } from "@tauri-apps/api/mocks";
import { setLanguage, t } from "../lib/i18n.svelte";
import { trend } from "../lib/dashboard";
import { dashboard, status, wholeDashboard } from "../test/fixtures";
import { axeViolations, ipc } from "../test/ipc";
import type { Dashboard as DashboardDto, Kpi } from "../bindings";
import Dashboard from "./Dashboard.svelte";

/** The demo's figures with an ROI whose exact value is -66.84975 %. */
function exactRoi(): DashboardDto {
  const d = dashboard("120");
  const roi = d.kpis.find((k) => k.key === "roi_pct")!;
  Object.assign(roi, { value: "-66.84975", delta_pct: "-0.04", expected_low: "-70.05", expected_high: "-60.25" });
  d.channels[0].roi_pct = "-66.84975";
  return d;
}
const comparison = { models: ["first_touch", "linear"], data_driven_fallback: false, channels: [{ name: "Trade shows", leads: ["60", "58.3333333333333333333333333"], revenue: ["50000", "48000"], roi_pct: ["150", "140"] }], sources: [] };

beforeEach(() => {
  setLanguage("en");
  ipc({ dashboard: () => exactRoi(), model_comparison: () => comparison });
});
afterEach(() => { cleanup(); clearMocks(); });

describe("Dashboard charts and tables", () => {
  for (const lang of ["en", "ru"]) {
    it(`names each chart by what it shows (${lang})`, async () => {
      setLanguage(lang);
      render(Dashboard, { props: { status } });
      await waitFor(() => expect(document.querySelectorAll("canvas").length).toBe(5));
      const labels = [...document.querySelectorAll("canvas")].map((c) => [c.getAttribute("role"), c.getAttribute("aria-label")]);
      expect(labels).toEqual([
        ["img", t("ui-chart-leads-alt", { year: "2026", previous: "2025", before: "2024" })],
        ["img", t("ui-chart-roi-alt")],
        ["img", t("ui-chart-cpl-alt")],
        ["img", t("ui-funnel-alt")],
        ["img", t("ui-cohort-alt")],
      ]);
      for (const [, label] of labels) expect(label).not.toMatch(/^ui-/);
    });
  }

  it("makes each table's box reachable and named", async () => {
    render(Dashboard, { props: { status } });
    await screen.findByText("120");
    await wholeDashboard();
    for (const toggle of screen.getAllByText("Show table")) await fireEvent.click(toggle);
    await fireEvent.click(screen.getByText("Compare all models"));
    await waitFor(() => expect(document.querySelectorAll(".tablewrap").length).toBe(6));
    const boxes = [...document.querySelectorAll<HTMLElement>(".tablewrap")];
    expect(boxes.map((b) => [b.tabIndex, b.getAttribute("role"), b.getAttribute("aria-label")])).toEqual([
      [0, "region", "Leads per month, 2026 against the two years before"],
      [0, "region", "ROI by channel"],
      [0, "region", "Cost per lead by source"],
      [0, "region", "Funnel: from lead to order"],
      [0, "region", "Cohorts: what each year's leads brought"],
      [0, "region", "Attribution models compared"],
    ]);
    // A shown table takes the whole width of the charts' grid.
    expect(document.querySelectorAll(".chartbox.table").length).toBe(5);
    expect(await axeViolations(document.body)).toEqual([]);
  });
});

describe("Dashboard figures, rounded once", () => {
  it("shows -66.8 % for an exact -66.84975 %, in the tile and the channel table", async () => {
    render(Dashboard, { props: { status } });
    const tile = document.querySelector.bind(document);
    await waitFor(() => expect(tile("[data-kpi=roi_pct] .value")?.textContent).toBe("-66.8 %"));
    await wholeDashboard();
    expect(tile("[data-kpi=roi_pct]")?.textContent).toContain("-70.1 % – -60.3 %");
    // A change that shows as 0.0 % is neither good nor bad news.
    const delta = tile("[data-kpi=roi_pct] .delta")!;
    expect(delta.textContent).toContain("0.0 %");
    expect(delta.classList.contains("good") || delta.classList.contains("bad")).toBe(false);
    await fireEvent.click(screen.getAllByText("Show table")[1]);
    await screen.findByText("-66.8 %", { selector: "td" });
    await fireEvent.click(screen.getByText("Compare all models"));
    await screen.findByText("58.3", { selector: "td" });
  });

  it("reads good or bad news from the change as shown", () => {
    const k = (key: string, delta_pct: string | null) => ({ key, delta_pct }) as Kpi;
    expect([trend(k("leads", "0.05")), trend(k("leads", "-0.05")), trend(k("leads", "0.04")), trend(k("leads", null))]).toEqual(["good", "bad", null, null]);
    expect([trend(k("cpl", "12.5")), trend(k("cpl", "-12.5"))]).toEqual(["bad", "good"]);
  });
});

describe("Dashboard funnel and cohorts (issue 15)", () => {
  it("the owner sees the funnel with its money and the cohorts with this year's expectation", async () => {
    render(Dashboard, { props: { status } });
    await waitFor(() => expect(document.querySelector("[data-chart=cohorts]")).not.toBeNull());
    const funnel = document.querySelector<HTMLElement>("[data-chart=funnel]")!;
    await fireEvent.click(funnel.querySelector("button")!);
    const heads = [...funnel.querySelectorAll("th")].map((th) => th.textContent);
    expect(heads).toContain(t("figure-quoted-value"));
    expect(document.querySelector("[data-cohort-expected]")?.getAttribute("data-cohort-expected")).toBe("yes");
  });
  it("a sales seat sees the funnel's counts, without money and without the cohorts", async () => {
    render(Dashboard, { props: { status: { ...status, role: "sales" } } });
    await waitFor(() => expect(document.querySelector("[data-chart=funnel]")).not.toBeNull());
    expect(document.querySelector("[data-chart=cohorts]")).toBeNull();
    const funnel = document.querySelector<HTMLElement>("[data-chart=funnel]")!;
    await fireEvent.click(funnel.querySelector("button")!);
    const heads = [...funnel.querySelectorAll("th")].map((th) => th.textContent);
    expect(heads).toContain(t("figure-qualified-leads"));
    expect(heads).not.toContain(t("figure-quoted-value"));
  });
});
