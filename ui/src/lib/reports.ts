// The Reports screen's rules apart from the screen: the query it sends, the
// page images it shows and the message for each kind of failure. The pages
// arrive as SVG documents from the same layout run as the PDF.
import type { DashboardQuery, Language, Paper, ReportQuery } from "../bindings";
import { isApiError, errorText } from "./api";

// The paper sizes are the backend's (`report::Paper`), listed in choices.ts.
export { PAPERS } from "./choices";

/** The report query: the dashboard's period choice plus language and paper. */
export function reportQuery(period: DashboardQuery, language: Language, paper: Paper): ReportQuery {
  return { ...period, language, paper };
}

/**
 * A page as an image source. A data URL keeps the page inside the window
 * (the content security policy allows `data:` images and nothing remote);
 * an SVG in an <img> cannot run scripts or load anything either.
 */
export function pageSrc(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** What to tell the user about a failure, chosen by its code (never its text). */
export interface Failure {
  /** A Fluent message id, or null to show `detail` as it is. */
  id: string | null;
  detail: string;
  /** The query field at fault, to mark its input. */
  field: string | null;
}

export function failure(e: unknown): Failure {
  if (!isApiError(e)) return { id: null, detail: errorText(e), field: null };
  const field = e.field ?? null;
  switch (e.code) {
    case "invalid_date": return { id: "ui-reports-error-dates", detail: e.message, field };
    case "invalid": return { id: "ui-reports-error-invalid", detail: e.message, field };
    case "disk_full": return { id: "ui-reports-error-disk-full", detail: e.message, field: null };
    case "io": return { id: "ui-reports-error-write", detail: e.message, field: null };
    case "not_found": return { id: "ui-reports-error-no-company", detail: e.message, field: null };
    default: return { id: null, detail: e.message, field };
  }
}

/** The page shown enlarged after a key press, or null to close the view. */
export function step(current: number, key: string, count: number): number | null {
  switch (key) {
    case "ArrowRight": case "PageDown": return Math.min(current + 1, count - 1);
    case "ArrowLeft": case "PageUp": return Math.max(current - 1, 0);
    case "Home": return 0;
    case "End": return count - 1;
    case "Escape": return null;
    default: return current;
  }
}
