// Sample command results for the screen tests, shaped by the generated types.
import { waitFor } from "@testing-library/svelte";
import type { CohortView, Dashboard, FigureKind, FunnelRow, FunnelView, InquiryDto, SessionStatus, SourceDto } from "../bindings";

export const status: SessionStatus = {
  needs_setup: false, demo: true, company: "Demo Präzisionsteile GmbH", currency: "EUR", language: "en",
  fiscal_year_start_month: 1, db_path: null, today: "2026-06-15",
  read_only: false, problem: null, warnings: [], team: null, team_connection: null, team_failure: null, team_backup_failure: null,
  role: "owner",
};

export function source(id: number, name: string, uses: number, numbers: string[] = []): SourceDto {
  return { id, name, channel_id: 1, channel: "Trade shows", direction: "outbound", tracking_numbers: numbers, utm_source: null, utm_medium: null, utm_campaign: null, uses };
}

export const sources: SourceDto[] = [
  source(1, "Unknown", 40),
  source(2, "Hannover Messe", 120),
  source(3, "Google Ads", 90, ["497111234567"]),
  source(4, "Referral", 30),
];

export function inquiry(id: string, sourceId: number): InquiryDto {
  const s = sources.find((x) => x.id === sourceId)!;
  return {
    id, received_at: "2026-06-15T10:30:00", kind: "call", company: "Acme", contact: null, phone: null, email: null,
    source_id: sourceId, source: s.name, channel: s.channel, touchpoints: [], is_lead: true, notes: null, qualified_at: null, deals: [], deals_total: null, version: 1,
  };
}

export function dashboard(leads: string): Dashboard {
  const kpi = (key: string, kind: FigureKind, value: string | null) => ({ key, kind, value, prev: "10", delta_pct: "12.5", expected: value, band: "2", expected_low: value && "118", expected_high: value && "122", status: "within" as const });
  return {
    from: "2026-01-01", to: "2026-06-15", effective_to: "2026-06-15", as_of: "2026-06-15", model: "first_touch", fallback_model: null, currency: "EUR",
    kpis: [kpi("leads", "count", leads), kpi("spend", "money", "5000.00"), kpi("revenue", "money", "80000.00"), kpi("roi_pct", "pct", "120.50"),
      kpi("cpl", "money", "41.67"), kpi("won_deals", "count", "7"), kpi("cac", "money", "700.00"), kpi("unknown_source_pct", "pct", "25.00")],
    monthly_year: 2026,
    monthly: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, this_year: i < 6 ? 20 : null, one_year_back: 18, two_years_back: 15 })),
    channels: [{ name: "Trade shows", channel: null, direction: "outbound", leads: "60", spend: "3000.00", revenue: "50000.00", roi_pct: "150.00", cpl: "50.00", won_deals: "4", active: true }],
    sources: [{ name: "Hannover Messe", channel: "Trade shows", direction: null, leads: "60", spend: "3000.00", revenue: "50000.00", roi_pct: "150.00", cpl: "50.00", won_deals: "4", active: true }],
    untracked_pct: "25.00", untracked_alarm: true, calls: null,
    warnings: [{ key: "unknown_source_high", source: null, message: "25 % of leads…", message_id: "warning-unknown-source-high", args: [{ name: "pct", kind: "pct", value: "25.00" }] }],
    funnel: funnel(),
    cohorts: cohorts(),
  };
}

/** One row of the funnel: 60 leads, 30 qualified, 24 quoted, 6 won. */
export function funnelRow(name: string, scale = 1): FunnelRow {
  const x = (v: number) => String(v * scale);
  return {
    name, channel: null, leads: x(60), qualified_leads: x(30), quoted_leads: x(24), won_leads: x(6), qualified_pct: "50", quote_rate_pct: "40", won_pct: "10",
    quotes: x(25), quote_hit_rate_pct: "33.333333", quoted_value: "120000.5", cost_per_qualified_lead: "100",
  };
}

export function funnel(): FunnelView {
  return { company: funnelRow("Muster GmbH", 2), sources: [funnelRow("Hannover Messe"), funnelRow("Google Ads")] };
}

/** Two years of cohorts: 2025's leads matured (1000 after 18 months), 2026's young. */
export function cohorts(): CohortView {
  return {
    years: [
      { year: 2025, from: "2025-01-01", to: "2025-12-31", leads: "40", spend: "800", cohort_revenue: "1000", cohort_roi_pct: "25", curve: Array.from({ length: 18 }, (_, i) => String(i < 6 ? 0 : i < 13 ? 400 : 1000)) },
      { year: 2026, from: "2026-01-01", to: "2026-12-31", leads: "30", spend: "500", cohort_revenue: "300", cohort_roi_pct: "-40", curve: ["0", "0", "300", "300", "300", "300"] },
    ],
    maturity_pct: "30", expected_revenue: "1000", expected_roi_pct: "100",
  };
}

/** Waits for the dashboard's lower part (the warnings, the funnel, the
 * cohorts, the model comparison), which is drawn a frame after the first
 * screenful. */
export function wholeDashboard(): Promise<void> {
  return waitFor(() => {
    if (!document.querySelector("section.warnings")) throw new Error("the dashboard's lower part is not drawn yet");
  });
}
