//! The commands that need the window: the file dialogs are shown from Rust,
//! so the page needs no file access. Each is declared in the command table
//! (`leadledger::command_table!`) like every other command; the adapter
//! generated from its line calls the function of the same name here, so a
//! signature that drifts from its declaration fails to compile.

use crate::pool::{run, Shared};
use leadledger::api::*;
use leadledger::error::{Error, ErrorCode, Result};
use tauri::{AppHandle, Runtime, State};

/// The open-file dialog, shown from Rust so the page needs no file access:
/// the chosen path, or `None` when the user cancels.
async fn ask_open_path<R: Runtime>(
    app: AppHandle<R>,
    filter: &'static str,
    exts: &'static [&'static str],
) -> Result<Option<String>> {
    use tauri_plugin_dialog::DialogExt;
    let picked = tauri::async_runtime::spawn_blocking(move || {
        app.dialog()
            .file()
            .add_filter(filter, exts)
            .blocking_pick_file()
    })
    .await
    .map_err(|e| Error::new(ErrorCode::Io, format!("the dialog failed: {e}")))?;
    Ok(picked.map(|p| p.to_string()))
}

/// The CSV file to import.
pub(crate) async fn pick_import_file<R: Runtime>(
    app: AppHandle<R>,
    _state: State<'_, Shared>,
) -> Result<Option<String>> {
    ask_open_path(app, "CSV", &["csv", "txt", "tsv"]).await
}

/// The owner's invite file, for the welcome screen's team connection.
pub(crate) async fn pick_invite_file<R: Runtime>(
    app: AppHandle<R>,
    _state: State<'_, Shared>,
) -> Result<Option<String>> {
    ask_open_path(app, "Leadledger invite", &["json"]).await
}

/// The server's authority certificate, for the invite the owner writes.
pub(crate) async fn pick_certificate_file<R: Runtime>(
    app: AppHandle<R>,
    _state: State<'_, Shared>,
) -> Result<Option<String>> {
    ask_open_path(app, "PEM", &["pem", "crt"]).await
}

/// Asks where to save the invite, then writes it (`Session::write_invite`);
/// the path written, or `None` when the user cancels.
pub(crate) async fn save_invite<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, Shared>,
    ca: String,
    host: String,
    port: u16,
) -> Result<Option<String>> {
    let name = "invite.json".to_string();
    let Some(path) = ask_save_path(app, "Leadledger invite", "json", name).await? else {
        return Ok(None);
    };
    run(state, move |s| {
        s.write_invite(path.clone(), ca, host, port)
            .map(|()| Some(path))
    })
    .await
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
pub(crate) async fn export_file<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, Shared>,
    kind: Choice<FileKind>,
) -> Result<Option<ExportOutcome>> {
    // An unknown kind is refused before the dialog, not after the user chose.
    let name = format!("{}.csv", kind.get()?.as_str());
    save_csv(app, state, name, move |s, path| s.export_file(kind, path)).await
}

/// Asks where to save, then exports the phone system's call log in the
/// plain form its import reads back.
pub(crate) async fn export_call_log<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, Shared>,
) -> Result<Option<ExportOutcome>> {
    save_csv(app, state, "calls.csv".into(), |s, path| {
        s.export_call_log(path)
    })
    .await
}

/// Asks where to save, then writes an empty file of one kind (its header
/// only) for the user to fill in.
pub(crate) async fn save_template<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, Shared>,
    kind: Choice<FileKind>,
) -> Result<Option<ExportOutcome>> {
    let name = format!("{}-template.csv", kind.get()?.as_str());
    save_csv(app, state, name, move |s, path| s.save_template(kind, path)).await
}

/// Asks where to save the management report (PDF), then renders and
/// writes it; `None` when the user cancels the dialog.
pub(crate) async fn save_report<R: Runtime>(
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
