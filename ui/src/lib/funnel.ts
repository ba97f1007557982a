// The funnel and cohort views' presentation, apart from their components:
// the charts' data and the tables' rows, so that vitest can check them.
// Every figure arrives as an exact decimal string and is rounded once here.
import type { ChartConfiguration } from "chart.js";
import type { CohortView, FunnelRow, FunnelView } from "../bindings";
import { COLORS } from "./charts";
import { money, number, pct } from "./format";
import { t } from "./i18n.svelte";

/** The four stages, in the order a lead passes them, with their figure keys. */
export const STAGES = ["leads", "qualified_leads", "quoted_leads", "won_leads"] as const;
const STAGE_COLORS = [COLORS[2], COLORS[1], COLORS[3], COLORS[0]];

const n = (v: string | null) => (v === null ? null : Number(v));

/** How many sources the chart draws (the table lists them all): more
 * would leave each bar a hairline in the dashboard's box. */
export const FUNNEL_CHART_SOURCES = 7;

/** A grouped bar per source (and "all sources" first): its leads and how
 * many of them were qualified, quoted and won. */
export function funnelChart(f: FunnelView, allLabel: string, stageLabels: string[]): ChartConfiguration {
  const rows = [{ ...f.company, name: allLabel }, ...f.sources.slice(0, FUNNEL_CHART_SOURCES)];
  return {
    type: "bar",
    data: {
      labels: rows.map((r) => r.name),
      datasets: STAGES.map((s, i) => ({ label: stageLabels[i], data: rows.map((r) => n(r[s])), backgroundColor: STAGE_COLORS[i] })),
    },
    options: { indexAxis: "y", maintainAspectRatio: false, plugins: { legend: { position: "bottom" } }, scales: { x: { beginAtZero: true }, y: { ticks: { autoSkip: false } } } },
  } as ChartConfiguration;
}

/** A count with its share of the leads beside it: "12 (40.0 %)". */
function withShare(lang: string, v: string | null, share: string | null): string {
  const count = number(lang, v, 1);
  return share === null ? count : `${count} (${pct(lang, share)})`;
}

/** The funnel's table rows; the money columns only when `money` is true. */
export function funnelRows(lang: string, f: FunnelView, allLabel: string, currency: string, showMoney: boolean): string[][] {
  return [{ ...f.company, name: allLabel }, ...f.sources].map((r: FunnelRow) => [
    r.name,
    number(lang, r.leads, 1),
    withShare(lang, r.qualified_leads, r.qualified_pct),
    withShare(lang, r.quoted_leads, r.quote_rate_pct),
    withShare(lang, r.won_leads, r.won_pct),
    pct(lang, r.quote_hit_rate_pct),
    ...(showMoney ? [money(lang, r.quoted_value, currency), money(lang, r.cost_per_qualified_lead, currency)] : []),
  ]);
}

/** The cohort curves: one line per year, the months since its start on the
 * x axis; a younger year's line ends at its age, as in a development triangle. */
export function cohortChart(c: CohortView, lang = "en", currency = "EUR", monthsLabel = ""): ChartConfiguration {
  // A year without leads (before the records begin) has no curve to draw;
  // its row stays in the table.
  const years = c.years.filter((y) => Number(y.leads ?? 0) > 0);
  const months = Math.max(0, ...years.map((y) => y.curve.length));
  // The newest year in the brand colour and last year in amber, as the
  // leads chart holds this year against the last; the older ones apart.
  const palette = ["#b7bfc4", "#9b7fb0", "#6b9bc3", "#7fae8a", "#f5b43c", "#135e66"];
  return {
    type: "line",
    data: {
      labels: Array.from({ length: months }, (_, i) => String(i + 1)),
      datasets: years.map((y, i) => ({
        label: String(y.year),
        data: y.curve.map(Number),
        borderColor: palette[(palette.length - years.length + i) % palette.length],
        backgroundColor: palette[(palette.length - years.length + i) % palette.length],
        borderWidth: i === years.length - 1 ? 3 : 2,
        pointRadius: 0,
      })),
    },
    options: {
      maintainAspectRatio: false,
      plugins: { legend: { position: "bottom" } },
      scales: {
        x: { title: { display: monthsLabel !== "", text: monthsLabel } },
        y: { beginAtZero: true, ticks: { callback: (v: string | number) => money(lang, String(v), currency) } },
      },
    },
  } as ChartConfiguration;
}

/** The cohort table: year, its leads, spend, revenue so far and ROI so far. */
export function cohortRows(lang: string, c: CohortView, currency: string): string[][] {
  return [...c.years].reverse().map((y) => [
    String(y.year),
    number(lang, y.leads, 1),
    money(lang, y.spend, currency),
    money(lang, y.cohort_revenue, currency),
    pct(lang, y.cohort_roi_pct),
  ]);
}

/** The sentence's arguments for this year's expected figures, or null when
 * the earlier years cannot tell them. */
export function cohortExpected(lang: string, c: CohortView, currency: string): { revenue: string; roi: string; maturity: string } | null {
  if (c.expected_revenue === null || c.maturity_pct === null) return null;
  return { revenue: money(lang, c.expected_revenue, currency), roi: pct(lang, c.expected_roi_pct), maturity: pct(lang, c.maturity_pct) };
}

/** The metrics the product names in every language; another name the user
 * chose is shown as imported. */
export const KNOWN_METRICS = ["clicks", "impressions", "opens", "downloads", "followers"];

export function metricLabel(metric: string): string {
  return KNOWN_METRICS.includes(metric) ? t(`ui-activity-metric-${metric}`) : metric;
}
