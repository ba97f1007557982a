//! The desktop shell: each Tauri command is a one-line adapter to a method of
//! `leadledger::api::Session`, run on the blocking thread pool so the window
//! never waits for the database. Errors reach the page as
//! `{code, message, field}`.

use leadledger::api::*;
use leadledger::error::{Error, ErrorCode, Result};
use std::path::PathBuf;
use std::sync::Arc;
use tauri::{AppHandle, Manager, Runtime, State};

pub type Shared = Arc<Session>;

/// Runs `f` with the session off the main thread.
async fn run<T, F>(state: State<'_, Shared>, f: F) -> Result<T>
where
    T: Send + 'static,
    F: FnOnce(&Session) -> Result<T> + Send + 'static,
{
    let s = state.inner().clone();
    tauri::async_runtime::spawn_blocking(move || f(&s))
        .await
        .map_err(|e| Error::new(ErrorCode::Io, format!("the command stopped: {e}")))?
}

/// One command per line: `name(args) -> result => method`.
macro_rules! commands {
    ($($name:ident($($arg:ident: $ty:ty),*) -> $ret:ty => $method:ident;)*) => {$(
        #[tauri::command]
        async fn $name(state: State<'_, Shared>, $($arg: $ty),*) -> Result<$ret> {
            run(state, move |s| s.$method($($arg),*)).await
        }
    )*};
}

commands! {
    session_status() -> SessionStatus => status;
    open_demo(language: String) -> SessionStatus => open_demo;
    leave_demo() -> SessionStatus => leave_demo;
    create_company(company: NewCompany) -> SessionStatus => create_company;
    get_settings() -> SettingsDto => settings;
    update_settings(settings: SettingsDto) -> SettingsDto => update_settings;
    catalog() -> Catalog => catalog;
    top_sources(n: u32) -> Vec<LogKeyDto> => top_sources;
    pin_log_key(source_id: i64, key: Option<u32>) -> Vec<LogKeyDto> => pin_log_key;
    known_customer(phone_text: String) -> Option<KnownCustomerDto> => known_customer;
    log_inquiry(input: InquiryInput) -> LoggedInquiry => log_inquiry;
    recent_inquiries(limit: u32) -> Vec<InquiryDto> => recent_inquiries;
    delete_inquiry(id: String) -> DeletedDto => delete_inquiry;
    company_suggestions(prefix: String, limit: u32) -> Vec<String> => company_suggestions;
    search_inquiries(query: InquiryQuery) -> InquiryPage => search_inquiries;
    save_deal(deal: DealInput) -> DealDto => save_deal;
    close_deal(close: CloseDeal) -> DealDto => close_deal;
    delete_deal(id: String) -> DeletedDto => delete_deal;
    spend_grid(year: i32) -> SpendGrid => spend_grid;
    save_spend_cell(cell: SpendCell) -> () => save_spend_cell;
    add_general_spend(spend: GeneralSpendInput) -> Vec<i64> => add_general_spend;
    delete_spend(id: i64) -> DeletedDto => delete_spend;
    save_source(source: SourceInput) -> SourceDto => save_source;
    delete_source(id: i64) -> DeletedDto => delete_source;
    merge_sources(from: i64, into: i64) -> Catalog => merge_sources;
    save_channel(channel: ChannelInput) -> Catalog => save_channel;
    delete_channel(id: i64) -> Catalog => delete_channel;
    undo_delete(token: String) -> DeletedDto => undo_delete;
    list_backups() -> Vec<BackupDto> => list_backups;
    backup_now() -> BackupDto => backup_now;
    restore_backup(name: String) -> SessionStatus => restore_backup;
    dashboard(query: DashboardQuery) -> Dashboard => dashboard;
    model_comparison(query: DashboardQuery) -> ModelComparisonDto => model_comparison;
    import_preview(path: String, encoding: Option<String>) -> ImportPreview => import_preview;
    import_file(path: String, kind: String, create_sources: bool, encoding: Option<String>) -> ImportOutcome => import_file;
    import_progress() -> ImportProgress => import_progress;
    report_preview(query: ReportQuery) -> ReportPreview => report_preview;
}

/// The open-file dialog, shown from Rust so the page needs no file access.
#[tauri::command]
async fn pick_import_file<R: Runtime>(app: AppHandle<R>) -> Result<Option<String>> {
    use tauri_plugin_dialog::DialogExt;
    let picked = tauri::async_runtime::spawn_blocking(move || {
        app.dialog()
            .file()
            .add_filter("CSV", &["csv", "txt", "tsv"])
            .blocking_pick_file()
    })
    .await
    .map_err(|e| Error::new(ErrorCode::Io, format!("the dialog failed: {e}")))?;
    Ok(picked.map(|p| p.to_string()))
}

/// The save dialog, shown from Rust (the page has no file access): the
/// chosen path, or `None` when the user cancels.
async fn ask_save_path<R: Runtime>(
    app: AppHandle<R>,
    filter: &'static str,
    ext: &'static str,
    name: String,
) -> Result<Option<String>> {
    use tauri_plugin_dialog::DialogExt;
    let target = tauri::async_runtime::spawn_blocking(move || {
        app.dialog()
            .file()
            .add_filter(filter, &[ext])
            .set_file_name(name)
            .blocking_save_file()
    })
    .await
    .map_err(|e| Error::new(ErrorCode::Io, format!("the dialog failed: {e}")))?;
    Ok(target.map(|p| p.to_string()))
}

/// Asks where to save a CSV file named `name`, then has `write` write it;
/// `None` when the user cancels the dialog.
async fn save_csv<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, Shared>,
    name: String,
    write: impl FnOnce(&Session, String) -> Result<ExportOutcome> + Send + 'static,
) -> Result<Option<ExportOutcome>> {
    let Some(path) = ask_save_path(app, "CSV", "csv", name).await? else {
        return Ok(None);
    };
    run(state, move |s| write(s, path)).await.map(Some)
}

/// Asks where to save, then exports one kind of record as CSV.
#[tauri::command]
async fn export_file<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, Shared>,
    kind: String,
) -> Result<Option<ExportOutcome>> {
    let name = format!("{kind}.csv");
    save_csv(app, state, name, move |s, path| s.export_file(kind, path)).await
}

/// Asks where to save, then writes an empty file of one kind (its header
/// only) for the user to fill in.
#[tauri::command]
async fn save_template<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, Shared>,
    kind: String,
) -> Result<Option<ExportOutcome>> {
    let name = format!("{kind}-template.csv");
    save_csv(app, state, name, move |s, path| s.save_template(kind, path)).await
}

/// Asks where to save the management report (PDF), then renders and
/// writes it; `None` when the user cancels the dialog.
#[tauri::command]
async fn save_report<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, Shared>,
    query: ReportQuery,
) -> Result<Option<SavedReport>> {
    // The proposed name is the report's title and period in its language;
    // computing it checks the query too, so a bad one fails before the dialog.
    let name = run(state.clone(), {
        let query = query.clone();
        move |s| s.report_file_name(query)
    })
    .await?;
    let Some(path) = ask_save_path(app, "PDF", "pdf", name).await? else {
        return Ok(None);
    };
    run(state, move |s| s.save_report(query, path))
        .await
        .map(Some)
}

/// Registers the session and every command on `builder` (the real app and
/// the mock runtime of the tests share this).
pub fn with_commands<R: Runtime>(builder: tauri::Builder<R>, session: Shared) -> tauri::Builder<R> {
    builder
        .manage(session)
        .invoke_handler(tauri::generate_handler![
            session_status,
            open_demo,
            leave_demo,
            create_company,
            get_settings,
            update_settings,
            catalog,
            top_sources,
            pin_log_key,
            known_customer,
            log_inquiry,
            recent_inquiries,
            delete_inquiry,
            company_suggestions,
            search_inquiries,
            save_deal,
            close_deal,
            delete_deal,
            spend_grid,
            save_spend_cell,
            add_general_spend,
            delete_spend,
            save_source,
            delete_source,
            merge_sources,
            save_channel,
            delete_channel,
            undo_delete,
            list_backups,
            backup_now,
            restore_backup,
            dashboard,
            model_comparison,
            pick_import_file,
            import_preview,
            import_file,
            import_progress,
            export_file,
            save_template,
            report_preview,
            save_report,
        ])
}

/// The names `with_commands` registers, for the test that checks them
/// against the generated TypeScript and the capability file. The list lives
/// in its own file because `build.rs` includes it too, to give each command
/// its `allow-…` permission.
pub const COMMANDS: &[&str] = include!("command_names.rs");

/// Command-line options: `--db PATH`, `--demo` (open the demo company
/// when the database does not exist yet) and `--lang CODE` (the demo's
/// language: en, de, nl, sv or ru; English without it).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Options {
    pub db: Option<PathBuf>,
    pub demo: bool,
    pub lang: Option<String>,
}

pub fn parse_args(args: impl IntoIterator<Item = String>) -> std::result::Result<Options, String> {
    let mut o = Options::default();
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--db" => o.db = Some(it.next().ok_or("--db needs a path")?.into()),
            "--demo" => o.demo = true,
            "--lang" => o.lang = Some(it.next().ok_or("--lang needs a language code")?),
            s if s.starts_with("--lang=") => o.lang = Some(s["--lang=".len()..].into()),
            s if s.starts_with("--db=") => o.db = Some(s["--db=".len()..].into()),
            _ => {}
        }
    }
    Ok(o)
}

pub fn run_app() {
    let opts = match parse_args(std::env::args().skip(1)) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("leadledger-app: {e}");
            std::process::exit(2);
        }
    };
    let session = resolve_db_path(opts.db)
        .and_then(Session::start)
        .and_then(|s| {
            if opts.demo && s.status()?.needs_setup {
                s.open_demo(opts.lang.clone().unwrap_or_else(|| "en".into()))?;
            }
            Ok(s)
        });
    let session = match session {
        Ok(s) => Arc::new(s),
        Err(e) => {
            eprintln!("leadledger-app: {e}");
            std::process::exit(1);
        }
    };
    let builder = tauri::Builder::default()
        .plugin(tauri_plugin_single_instance::init(|app, _, _| {
            if let Some(w) = app.get_webview_window("main") {
                let _ = w.unminimize();
                let _ = w.set_focus();
            }
        }))
        .plugin(
            tauri_plugin_log::Builder::new()
                .level(log::LevelFilter::Info)
                .build(),
        )
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .plugin(tauri_plugin_dialog::init());
    if let Err(e) = with_commands(builder, session).run(tauri::generate_context!()) {
        eprintln!("leadledger-app: {e}");
        std::process::exit(1);
    }
}
