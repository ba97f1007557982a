//! The desktop shell: each Tauri command is a one-line adapter to a method of
//! `leadledger::api::Session`, run on the blocking thread pool so the window
//! never waits for the database. Errors reach the page as
//! `{code, message, field}`.

use leadledger::api::*;
use leadledger::command_names;
use leadledger::error::Result;
use std::path::PathBuf;
use std::sync::Arc;
use tauri::{AppHandle, Manager, Runtime, State};

mod dialogs;
mod pool;

use pool::run;
pub use pool::Shared;

/// A `command_table!` callback: each session command becomes a Tauri
/// command that runs its `Session` method on the blocking pool, each shell
/// command one that hands the window to its function in `dialogs`, and
/// `with_commands` registers all of them.
macro_rules! tauri_commands {
    (
        session { $($name:ident ($($arg:ident: $ty:ty),*) -> $ret:ty => $method:ident;)* }
        shell { $($shell:ident ($($sarg:ident: $sty:ty),*) -> $sret:ty;)* }
    ) => {
        $(
            #[tauri::command]
            async fn $name(state: State<'_, Shared>, $($arg: $ty),*) -> Result<$ret> {
                run(state, move |s| s.$method($($arg),*)).await
            }
        )*
        $(
            #[tauri::command]
            async fn $shell<R: Runtime>(
                app: AppHandle<R>,
                state: State<'_, Shared>,
                $($sarg: $sty),*
            ) -> Result<$sret> {
                dialogs::$shell(app, state, $($sarg),*).await
            }
        )*

        /// Registers the session and every command on `builder` (the real
        /// app and the mock runtime of the tests share this).
        pub fn with_commands<R: Runtime>(
            builder: tauri::Builder<R>,
            session: Shared,
        ) -> tauri::Builder<R> {
            builder
                .manage(session)
                .invoke_handler(tauri::generate_handler![$($name,)* $($shell,)*])
        }
    };
}

leadledger::command_table!(tauri_commands);

/// The names `with_commands` registers, for the tests that check them
/// against the generated TypeScript and the capability tauri-build resolved.
pub const COMMANDS: &[&str] = leadledger::command_table!(command_names);

/// Command-line options: `--db PATH` (or a team database's
/// `postgres://user@host/db` URL, its password in it or in
/// `LEADLEDGER_PASSWORD`), `--demo` (open the demo company
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
            "--db" => {
                o.db = Some(
                    it.next()
                        .ok_or("--db needs a path or a postgres:// URL")?
                        .into(),
                )
            }
            "--demo" => o.demo = true,
            "--lang" => o.lang = Some(it.next().ok_or("--lang needs a language code")?),
            s if s.starts_with("--lang=") => o.lang = Some(s["--lang=".len()..].into()),
            s if s.starts_with("--db=") => o.db = Some(s["--db=".len()..].into()),
            _ => {}
        }
    }
    Ok(o)
}

/// The dashboard's first query, as the page's start sends it
/// (`ui/src/lib/early.ts`: the year to date under first touch).
fn first_dashboard_query() -> DashboardQuery {
    DashboardQuery {
        period: PeriodKind::Ytd.into(),
        year: None,
        quarter: None,
        month: None,
        from: None,
        to: None,
        model: leadledger::metrics::AttributionModel::FirstTouch.into(),
        as_of: None,
    }
}

/// Reads the records the dashboard shows while GTK and WebKit start (well
/// over a second here, against the bare window's floor), on a thread of
/// its own: the page's first dashboard request then finds them in the
/// session's warm cache and only computes. The answer itself is thrown
/// away. Only for a start that opens on the dashboard (a company, the
/// owner's seat, no problem with the file, not offline), so that a
/// front-desk seat does not read a team database's figures it never shows.
fn warm_dashboard(session: Shared) {
    std::thread::spawn(move || {
        let opens_dashboard = session.status().is_ok_and(|s| {
            !s.needs_setup
                && s.problem.is_none()
                && s.role == leadledger::role::Role::Owner
                && !s.reach.is_some_and(|r| r.offline)
        });
        if opens_dashboard {
            let _ = session.dashboard(first_dashboard_query());
        }
    });
}

pub fn run_app() {
    let opts = match parse_args(std::env::args().skip(1)) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("leadledger-app: {e}");
            std::process::exit(2);
        }
    };
    // A team connection made on the welcome screen is remembered in the
    // app's configuration and opened again at the next start without --db.
    let config = default_config_path();
    let session = resolve_db(opts.db, config.as_deref())
        .and_then(Session::start)
        // The desktop's key store keeps the remembered connection's
        // password, where one runs; without one the welcome screen asks.
        .map(|s| {
            s.with_config(config)
                .with_keys(Arc::new(leadledger::keystore::SecretService))
        })
        .and_then(|s| {
            if opts.demo && s.status()?.needs_setup {
                s.open_demo(opts.lang.as_deref().unwrap_or("en").into())?;
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
    warm_dashboard(session.clone());
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
    // Live screens: every change the session's watcher reports goes to the
    // page as it is (see leadledger::api::live), as a DOM event dispatched
    // in the window rather than a Tauri event: listening to those would
    // take a core permission and a plugin call, which the one capability
    // and the isolation hook refuse by design. The payload is JSON (table
    // names only), so the script is a literal.
    let watched = session.clone();
    let builder = builder.setup(move |app| {
        let handle = app.handle().clone();
        watched.on_data_changed(move |c| {
            if let (Some(w), Ok(detail)) =
                (handle.get_webview_window("main"), serde_json::to_string(c))
            {
                let name = serde_json::Value::from(DATA_CHANGED_EVENT);
                let _ = w.eval(format!(
                    "window.dispatchEvent(new CustomEvent({name}, {{ detail: {detail} }}))"
                ));
            }
        });
        Ok(())
    });
    if let Err(e) = with_commands(builder, session).run(tauri::generate_context!()) {
        eprintln!("leadledger-app: {e}");
        std::process::exit(1);
    }
}
