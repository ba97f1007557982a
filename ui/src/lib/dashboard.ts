// The dashboard's presentation rules, apart from the screen: which KPIs get
// a tile, their texts, the expected range, and the rows behind each chart.
import type { AttributionModel, CallsTileDto, Dashboard, DashboardQuery, FigureKind, Kpi, PeriodKind, ScopeRow } from "../bindings";
import { periodFields } from "./choices";
import { money, monthName, number, pct, roundDecimal, signedPct } from "./format";

export const TILE_KEYS = ["leads", "spend", "revenue", "roi_pct", "cpl", "won_deals", "cac", "unknown_source_pct", "quote_hit_rate_pct", "quote_to_order_days"];
// The models and periods are listed once, in choices.ts, against the backend's enums.
export { MODELS, PERIODS } from "./choices";
/** The period and model the dashboard opens with (its first query is sent
 * at start, by early.ts, before the screen exists). */
export const FIRST_PERIOD: PeriodKind = "ytd";
export const FIRST_MODEL: AttributionModel = "first_touch";

export const figureMsg = (key: string) => `figure-${key.replaceAll("_", "-")}`;
export const modelMsg = (key: AttributionModel) => `model-${key.replaceAll("_", "-")}`;

/** A figure's value as text in the user's language. */
export function show(lang: string, kind: FigureKind, v: string | null | undefined, currency: string): string {
  if (v === null || v === undefined) return "–";
  switch (kind) {
    case "money": return money(lang, v, currency);
    case "pct": return pct(lang, v);
    case "ratio": return number(lang, v, 2);
    case "days": return number(lang, v, 1);
    default: return number(lang, v, 1);
  }
}

export function tiles(d: Dashboard): Kpi[] {
  return TILE_KEYS.map((k) => d.kpis.find((x) => x.key === k)).filter((k): k is Kpi => !!k);
}

/** "low – high" of the expected band, or null without an expectation. The
 * bounds come computed from Rust (Decimal), as the PDF prints them. */
export function expectedRange(lang: string, k: Kpi, currency: string): string | null {
  if (k.expected_low === null || k.expected_high === null) return null;
  return `${show(lang, k.kind, k.expected_low, currency)} – ${show(lang, k.kind, k.expected_high, currency)}`;
}

export function change(lang: string, k: Kpi): string {
  return signedPct(lang, k.delta_pct);
}

/** Whether a rise of this figure is good news (costs are better lower). */
export const higherIsBetter = (key: string) => !["spend", "cpl", "cac", "unknown_source_pct", "quote_to_order_days"].includes(key);

/** Good or bad news, read from the change as it is shown (rounded once to
 * one decimal): a change that shows as 0.0 % is neither. */
export function trend(k: Kpi): "good" | "bad" | null {
  if (k.delta_pct === null) return null;
  const shown = Number(roundDecimal(k.delta_pct, 1));
  if (shown === 0) return null;
  return (shown > 0) === higherIsBetter(k.key) ? "good" : "bad";
}

export function monthlyRows(lang: string, d: Dashboard): string[][] {
  return d.monthly.map((m) => [
    monthName(lang, m.month),
    m.this_year === null ? "–" : number(lang, m.this_year),
    number(lang, m.one_year_back),
    number(lang, m.two_years_back),
  ]);
}

/** The channels or sources to list, most leads first. Which rows had any
 * activity is decided in Rust (`active`), by the rule the PDF uses. */
export function listed(rows: ScopeRow[]): ScopeRow[] {
  return rows.filter((r) => r.active).sort((a, b) => Number(b.leads ?? 0) - Number(a.leads ?? 0));
}

/** The query for a period choice. */
export function query(kind: PeriodKind, year: number, quarter: number, month: number, from: string, to: string, model: AttributionModel): DashboardQuery {
  const asks = periodFields(kind);
  return {
    period: kind,
    year: asks.year ? year : null,
    quarter: asks.quarter ? quarter : null,
    month: asks.month ? month : null,
    from: asks.range ? from : null,
    to: asks.range ? to : null,
    model,
    as_of: null,
  };
}

/** Below this share of calls logged the tile and a banner raise the alarm:
 * more than one caller in ten went unasked. */
export const CALLS_ALARM_PCT = 90;

/** The "Calls logged" tile as the other tiles are drawn: the share of calls
 * logged with its benchmark against prior years. */
export function callsKpi(c: CallsTileDto): Kpi {
  return c.benchmark;
}

/** Whether the share of calls logged is below the alarm line (undefined, as
 * in a period without calls, is no alarm). */
export function callsAlarm(c: CallsTileDto): boolean {
  return c.logged_pct !== null && Number(c.logged_pct) < CALLS_ALARM_PCT;
}
