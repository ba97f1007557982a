//! The Reports screen: a preview of the management report's pages and
//! saving the PDF. Both take the dashboard's period, model and as-of date
//! plus the language and paper of the report; the preview's pages are SVG
//! documents from the same layout as the PDF, so the user sees exactly the
//! pages that will be saved. Saving writes a temporary file and renames it
//! into place (`atomic::write`), never leaving a half-written PDF.

use super::choice::Choice;
use super::dashboard::period_of;
use super::dto::{DashboardQuery, Language};
use super::Session;
use crate::error::{Error, Result};
use crate::i18n::{parse_lang, Translator};
use crate::metrics::Request;
use crate::records::Dataset;
use crate::report::{self, Paper};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What report to draw: the dashboard's period choice, model and as-of
/// date, and the report's language and paper.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReportQuery {
    #[serde(flatten)]
    pub figures: DashboardQuery,
    /// `None` is the company's language.
    pub language: Option<Choice<Language>>,
    pub paper: Choice<Paper>,
}

/// The report's pages, to look at before saving.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReportPreview {
    /// One SVG document per PDF page, sized in mm.
    pub pages: Vec<String>,
    pub page_count: u32,
    /// What the save dialog proposes: the report's title and period.
    pub suggested_file_name: String,
}

/// Where a report was saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SavedReport {
    pub path: String,
    pub bytes: u32,
    pub pages: u32,
}

/// A checked query: everything the renderer needs.
struct Checked {
    req: Request,
    lang: &'static str,
    paper: Paper,
}

fn check(
    q: &ReportQuery,
    ds: &Dataset,
    company_lang: &str,
    today: chrono::NaiveDate,
) -> Result<Checked> {
    let paper = q.paper.get()?;
    let lang = match &q.language {
        Some(l) => l.get()?.as_str(),
        // The i18n module names the field `lang` as the command line does; the
        // screen's field is `language`.
        None => parse_lang(company_lang).map_err(|e| Error {
            field: Some("language".into()),
            ..e
        })?,
    };
    let model = q.figures.model.get()?;
    let as_of = q.figures.as_of.unwrap_or(today);
    let period = period_of(&q.figures, as_of, ds.settings.fiscal_year_start_month)?;
    Ok(Checked {
        req: Request {
            period,
            as_of,
            model,
        },
        lang,
        paper,
    })
}

/// The file name the save dialog proposes, e.g. "Marketing report
/// 2026-01-01–2026-06-15.pdf": the title in the report's language and the
/// period in ISO dates, which sort and read the same in every language.
fn file_name(c: &Checked) -> Result<String> {
    let title = Translator::new(c.lang)?.t("report-title");
    let name = format!("{title} {}–{}.pdf", c.req.period.from, c.req.period.to);
    // Characters that some file systems refuse never come from the Fluent
    // files today; a translation must not be able to break saving.
    Ok(name
        .chars()
        .map(|ch| {
            if ch.is_control() || "/\\:*?\"<>|".contains(ch) {
                '-'
            } else {
                ch
            }
        })
        .collect())
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Session {
    /// The report of `q` as SVG pages, with the name to save it under.
    pub fn report_preview(&self, q: ReportQuery) -> Result<ReportPreview> {
        self.require(crate::role::Act::Report)?;
        let today = self.today();
        self.read(|store, ds| {
            let c = check(&q, ds, &store.settings().language, today)?;
            let pages = report::preview(ds, &c.req, c.lang, c.paper)?;
            Ok(ReportPreview {
                page_count: count(pages.len()),
                pages,
                suggested_file_name: file_name(&c)?,
            })
        })
    }

    /// The name the save dialog proposes for the report of `q`; checks `q`
    /// first, so that a bad query fails before the dialog opens.
    pub fn report_file_name(&self, q: ReportQuery) -> Result<String> {
        self.require(crate::role::Act::Report)?;
        let today = self.today();
        self.read(|store, ds| file_name(&check(&q, ds, &store.settings().language, today)?))
    }

    /// Renders the report of `q` and writes it to `path` atomically.
    pub fn save_report(&self, q: ReportQuery, path: String) -> Result<SavedReport> {
        self.require(crate::role::Act::Report)?;
        if path.trim().is_empty() {
            return Err(Error::invalid("path", "choose where to save the report"));
        }
        let today = self.today();
        let rendered = self.read(|store, ds| {
            let c = check(&q, ds, &store.settings().language, today)?;
            report::render_report(ds, &c.req, c.lang, c.paper)
        })?;
        crate::atomic::write(&path, &rendered.pdf).map_err(|e| Error {
            field: Some("path".into()),
            ..e
        })?;
        Ok(SavedReport {
            path,
            bytes: count(rendered.pdf.len()),
            pages: count(rendered.pages),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;
    use chrono::NaiveDate;

    fn demo() -> (tempfile::TempDir, Session) {
        let dir = tempfile::tempdir().unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 6, 15).unwrap();
        let s = Session::start_on(dir.path().join("app.db"), today).unwrap();
        s.open_demo("en".into()).unwrap();
        (dir, s)
    }

    fn query(period: &str) -> ReportQuery {
        ReportQuery {
            figures: DashboardQuery {
                period: period.into(),
                year: None,
                quarter: None,
                month: None,
                from: None,
                to: None,
                model: "first_touch".into(),
                as_of: None,
            },
            language: None,
            paper: "a4".into(),
        }
    }

    #[test]
    fn preview_and_save_give_the_same_pages() {
        let (dir, s) = demo();
        let q = ReportQuery {
            language: Some("de".into()),
            ..query("ytd")
        };
        let p = s.report_preview(q.clone()).unwrap();
        assert_eq!(p.page_count as usize, p.pages.len());
        assert!(p.page_count >= 7, "{}", p.page_count);
        assert!(p.pages.iter().all(|svg| svg.starts_with("<svg ")));
        assert!(p.pages[0].contains("viewBox=\"0 0 210 297\""));
        assert_eq!(
            p.suggested_file_name,
            "Marketingbericht 2026-01-01–2026-06-15.pdf"
        );
        assert_eq!(
            s.report_file_name(q.clone()).unwrap(),
            p.suggested_file_name
        );
        let path = dir.path().join(&p.suggested_file_name);
        let saved = s.save_report(q, path.display().to_string()).unwrap();
        let bytes = std::fs::read(&path).unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
        assert_eq!(saved.bytes as usize, bytes.len());
        assert_eq!(saved.pages, p.page_count);
        // Only the database's files and the PDF: no temporary file is left.
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect();
        assert!(names.is_empty(), "{names:?}");
        // Without a language the company's own is used.
        let en = s.report_preview(query("ytd")).unwrap();
        assert!(en.suggested_file_name.starts_with("Marketing report "));
    }

    #[test]
    fn every_bad_input_names_its_field() {
        let (dir, s) = demo();
        let field = |q: ReportQuery| {
            let e = s.report_preview(q).unwrap_err();
            (e.code.as_str(), e.field.unwrap_or_default())
        };
        let bad_lang = ReportQuery {
            language: Some("fr".into()),
            ..query("ytd")
        };
        assert_eq!(field(bad_lang), ("invalid", "language".into()));
        let bad_paper = ReportQuery {
            paper: "legal".into(),
            ..query("ytd")
        };
        let e = s.report_file_name(bad_paper.clone()).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("paper"));
        assert_eq!(field(bad_paper), ("invalid", "paper".into()));
        let mut bad_model = query("ytd");
        bad_model.figures.model = "last_click".into();
        assert_eq!(field(bad_model), ("invalid", "model".into()));
        assert_eq!(field(query("week")), ("invalid", "period".into()));
        assert_eq!(field(query("month")), ("invalid", "month".into()));
        let mut backwards = query("custom");
        backwards.figures.from = NaiveDate::from_ymd_opt(2026, 5, 1);
        backwards.figures.to = NaiveDate::from_ymd_opt(2026, 4, 1);
        assert_eq!(field(backwards), ("invalid_date", "to".into()));

        let e = s.save_report(query("ytd"), " ".into()).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("path"));
        let missing = dir.path().join("no-such-dir").join("r.pdf");
        let e = s
            .save_report(query("ytd"), missing.display().to_string())
            .unwrap_err();
        assert_eq!((e.code, e.field.as_deref()), (ErrorCode::Io, Some("path")));
        assert!(!missing.exists());
        let e = s
            .save_report(query("ytd"), dir.path().display().to_string())
            .unwrap_err();
        assert_eq!(e.field.as_deref(), Some("path"));
    }

    #[test]
    fn without_a_company_there_is_no_report() {
        let dir = tempfile::tempdir().unwrap();
        let s = Session::start_on(dir.path().join("none.db"), NaiveDate::MIN).unwrap();
        let e = s.report_preview(query("ytd")).unwrap_err();
        assert_eq!(e.code, ErrorCode::NotFound);
    }
}
