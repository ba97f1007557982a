//! Arguments and dispatch of the `leadledger` tool.

mod calls;
mod data;
mod figures;
mod invite;
mod open;
mod pin;
mod prompt;
mod team;

use clap::{Args, Parser, Subcommand};
use leadledger::csvio::Kind;
use leadledger::records::Settings;
use leadledger::role::Role;
use std::ffi::OsString;
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "leadledger",
    version,
    about = "Which marketing brings inquiries, RFQs and orders, and what each costs.",
    long_about = "Leadledger keeps a small manufacturer's inquiries, deals and marketing spend in one \
                  database file and computes ROI, cost per lead, CAC and more per channel and source.\n\n\
                  Without --db or LEADLEDGER_DB the database lives in the platform's data directory. \
                  Commands that only read show the demo company when there is no database yet.\n\n\
                  A team keeps its database on a PostgreSQL server: give --db \
                  postgres://user@host/database (the password from the URL, else from \
                  LEADLEDGER_PASSWORD) and every command works on it; `leadledger team --help` \
                  says how to prepare one, push a file into it and pull a file out of it."
)]
pub struct Cli {
    /// The database: a file, or a team database on a PostgreSQL server
    /// (postgres://user@host[:port]/database[?sslmode=…]; the password from the URL,
    /// else from LEADLEDGER_PASSWORD).
    #[arg(
        long,
        global = true,
        env = "LEADLEDGER_DB",
        value_name = "PATH|URL",
        hide_env_values = true
    )]
    db: Option<OsString>,
    /// The owner's invite file to a team database, in place of --db (with --user).
    #[arg(long, global = true, value_name = "FILE")]
    invite: Option<PathBuf>,
    /// Your login name on the team server, with --invite.
    #[arg(long, global = true, value_name = "NAME", requires = "invite")]
    user: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create a new, empty database for your company (on a team server: as `team init`).
    Init(Company),
    /// Import a CSV file of one kind (sources, spend, inquiries, deals, targets, traffic), or a
    /// phone system's call log (calls).
    ///
    /// All or nothing: either every row lands or none does, and every bad row is listed. A call
    /// log is read as Asterisk, the FRITZ!Box, 3CX or the plain form write it (recognised by its
    /// shape, or named with --format), or through --columns; calls stored already are not added
    /// again.
    Import {
        #[arg(value_parser = parse_import_kind)]
        kind: ImportKind,
        file: PathBuf,
        /// Create sources named in the file that do not exist yet (in the Unknown channel).
        #[arg(long)]
        create_sources: bool,
        /// Calls only: the log's layout: asterisk, fritzbox, 3cx or plain.
        #[arg(long, value_parser = calls::parse_format)]
        format: Option<leadledger::csvio::calls::CallFormat>,
        /// Calls only: which of the file's columns hold the call's fields, as
        /// started_at=COLUMN,caller=COLUMN,dialled=COLUMN[,duration_s=…,answered=…,…].
        #[arg(long, value_name = "FIELD=COLUMN,…", value_parser = calls::parse_columns)]
        columns: Option<leadledger::csvio::calls::ColumnMap>,
        /// The file's encoding (UTF-8, UTF-16LE, UTF-16BE, Windows-1252,
        /// Windows-1250, Windows-1251, ...); detected when not given.
        #[arg(long, value_name = "NAME", value_parser = parse_encoding)]
        encoding: Option<&'static encoding_rs::Encoding>,
    },
    /// Export one kind as CSV (UTF-8, comma, ISO dates); FILE "-" writes to standard output.
    ///
    /// `export calls` writes the call log in the plain form `import calls` reads.
    Export {
        #[arg(value_parser = parse_import_kind)]
        kind: ImportKind,
        file: PathBuf,
    },
    /// Fill a new or empty database with the demo company (five years up to today).
    Demo {
        /// Pretend today is this date (YYYY-MM-DD), for reproducible data.
        #[arg(long)]
        today: Option<chrono::NaiveDate>,
        /// Language of a new database's channels and source names: en, de, nl, sv or ru
        /// (an existing database keeps its own).
        #[arg(long)]
        language: Option<String>,
    },
    /// Compute every figure for a period, per channel and source, against prior years.
    ///
    /// Without --from/--to: the fiscal year containing the as-of date, to date.
    Metrics {
        /// First day of the period (YYYY-MM-DD).
        #[arg(long)]
        from: Option<chrono::NaiveDate>,
        /// Last day of the period (YYYY-MM-DD), inclusive.
        #[arg(long)]
        to: Option<chrono::NaiveDate>,
        /// Compute as if today were this date (YYYY-MM-DD); later records are ignored.
        #[arg(long)]
        as_of: Option<chrono::NaiveDate>,
        /// Attribution model: first_touch, last_touch, linear, position_based, time_decay, data_driven.
        #[arg(long, default_value = "first_touch")]
        model: String,
        /// Print one JSON object instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Write the management report as a PDF (A4 or US Letter, in en, de, nl, sv or ru).
    ///
    /// Without --from/--to: the fiscal year containing the as-of date, to date.
    Report {
        #[arg(long)]
        from: Option<chrono::NaiveDate>,
        #[arg(long)]
        to: Option<chrono::NaiveDate>,
        /// Compute as if today were this date (YYYY-MM-DD), so the report can be reproduced.
        #[arg(long)]
        as_of: Option<chrono::NaiveDate>,
        /// Attribution model: first_touch, last_touch, linear, position_based, time_decay, data_driven.
        #[arg(long, default_value = "first_touch")]
        model: String,
        /// Language: en, de, nl, sv or ru (default: the database's setting).
        #[arg(long)]
        lang: Option<String>,
        /// Paper size: a4 or letter.
        #[arg(long, default_value = "a4")]
        paper: String,
        /// The PDF file to write (written whole or not at all).
        #[arg(long)]
        out: PathBuf,
    },
    /// Write a checked copy of the database (default: into the backups folder beside it).
    ///
    /// Of a team database: a checked pulled file, by default in
    /// teams/USER@HOST-PORT-DATABASE/backups/ in the data directory: today's daily copy, rotated
    /// like a file's (7 daily, 4 weekly, 12 monthly), or a manual one once today's exists.
    Backup {
        /// Where to write the copy.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// List the backups beside the database (of a team database: this computer's), newest first.
    Backups,
    /// Replace the database file with a backup; the current file is kept as a backup first.
    ///
    /// On a team database: the server's records are replaced by the backup's in one
    /// transaction, the current ones first pulled into before-restore-….db in its backups folder.
    Restore { file: PathBuf },
    /// Show the settings, or change those given.
    Settings {
        /// Company name.
        #[arg(long)]
        name: Option<String>,
        /// First month of the fiscal year (1 = January).
        #[arg(long)]
        fiscal_start: Option<u32>,
        /// Gross margin as a fraction (0.35 = 35 %); ROI counts revenue times it.
        #[arg(long)]
        gross_margin: Option<rust_decimal::Decimal>,
        /// Half-life of the time-decay model, in days.
        #[arg(long)]
        half_life: Option<rust_decimal::Decimal>,
        /// Language of reports: en, de, nl, sv or ru.
        #[arg(long)]
        language: Option<String>,
        /// Months a call of the phone log keeps its numbers (1 to 120); older calls keep
        /// only what the figures need.
        #[arg(long)]
        call_retention_months: Option<u32>,
    },
    /// Print a summary of the database: records, and this year's key figures.
    Summary {
        /// Compute as of this date instead of today (YYYY-MM-DD).
        #[arg(long)]
        as_of: Option<chrono::NaiveDate>,
    },
    /// Work with a team database on a PostgreSQL server (--db postgres://user@host/database).
    #[command(subcommand)]
    Team(TeamCommand),
    /// The owner PIN that locks the app's money screens on a shared computer.
    #[command(subcommand)]
    Pin(PinCommand),
    /// The phone system's call log (import one with `leadledger import calls FILE`).
    #[command(subcommand)]
    Calls(CallsCommand),
}

/// The call log's commands.
#[derive(Subcommand)]
enum CallsCommand {
    /// List the answered inbound calls that no inquiry matches, newest first.
    Unlogged {
        /// The first day to list (YYYY-MM-DD); default: the last 7 days.
        #[arg(long)]
        since: Option<chrono::NaiveDate>,
    },
}

/// What `import` reads and `export` writes: one of the record kinds, or a
/// call log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ImportKind {
    Records(Kind),
    Calls,
}

/// The owner PIN's commands (a database file only).
#[derive(Subcommand)]
enum PinCommand {
    /// Remove a forgotten owner PIN. The PIN locks the app's screens, not the file:
    /// whoever can open the file can clear it.
    Clear,
}

/// What `init` and `team init` fix when a company's database is made.
#[derive(Args)]
struct Company {
    /// Reporting currency, an ISO 4217 code (EUR, USD, SEK, ...). Fixed for the database's life.
    #[arg(long)]
    currency: String,
    /// Company name.
    #[arg(long, default_value = "")]
    name: String,
    /// First month of the fiscal year (1 = January).
    #[arg(long, default_value_t = 1)]
    fiscal_start: u32,
    /// Language of reports: en, de, nl, sv or ru.
    #[arg(long, default_value = "en")]
    language: String,
}

impl Company {
    fn settings(self) -> Settings {
        Settings {
            company_name: self.name,
            currency: self.currency,
            fiscal_year_start_month: self.fiscal_start,
            language: self.language,
            ..Settings::default()
        }
    }
}

/// The team commands; each needs --db postgres://… (or LEADLEDGER_DB).
#[derive(Subcommand)]
enum TeamCommand {
    /// Prepare an empty database on the server for your company: the schema, the
    /// default channels and the Unknown source.
    Init(Company),
    /// Copy a database file into an empty team database: every record, id, audit
    /// entry and setting.
    Push {
        /// The database file to copy (it is left as it is).
        file: PathBuf,
    },
    /// Make a new database file of the team database, exactly (a checked copy).
    Pull {
        /// The file to write; it must not exist yet.
        file: PathBuf,
    },
    /// Bring the team database's schema up to this version of Leadledger (the owner does
    /// this once after updating).
    Upgrade,
    /// Add a person: a login of their own on the server, in the role given (owners only).
    ///
    /// The password is asked twice on the terminal, or read from the first line of
    /// standard input with --password-stdin; never from the command line.
    AddUser {
        /// The person's login name.
        name: String,
        /// owner (everything), sales (inquiries and deals, no money figures) or desk
        /// (inquiries and the calls queue, counts only).
        #[arg(long, value_parser = parse_role)]
        role: Role,
        /// Read the password from the first line of standard input.
        #[arg(long)]
        password_stdin: bool,
    },
    /// Remove a person's login from the server (owners only; not one's own).
    RemoveUser {
        /// The person's login name.
        name: String,
    },
    /// Give a person a new password (owners only).
    ResetPassword {
        /// The person's login name.
        name: String,
        /// Read the password from the first line of standard input.
        #[arg(long)]
        password_stdin: bool,
    },
    /// List the people of the team database with their roles (owners only).
    Users,
    /// Write the invite file a seat connects with: the server's host, port and database
    /// and the authority that signed its certificate; no user, no password (owners only).
    Invite {
        /// The file to write.
        file: PathBuf,
        /// The PEM file of the authority that signed the server's certificate.
        #[arg(long, value_name = "FILE")]
        ca: PathBuf,
        /// The server's name or address as the seats reach it (default: as --db names it).
        #[arg(long)]
        host: Option<String>,
        /// The server's port as the seats reach it (default: as --db names it).
        #[arg(long)]
        port: Option<u16>,
    },
}

fn parse_role(s: &str) -> Result<Role, String> {
    Role::parse(s).ok_or_else(|| format!("unknown role '{s}'; use owner, sales or desk"))
}

fn parse_import_kind(s: &str) -> Result<ImportKind, String> {
    if s.trim().eq_ignore_ascii_case("calls") {
        return Ok(ImportKind::Calls);
    }
    Kind::parse(s).map(ImportKind::Records).ok_or_else(|| {
        format!(
            "unknown kind '{s}'; use one of sources, spend, inquiries, deals, targets, traffic, calls"
        )
    })
}

fn parse_encoding(s: &str) -> Result<&'static encoding_rs::Encoding, String> {
    leadledger::csvio::encoding_by_name(s)
}

/// Runs the tool and returns its exit code: 0 on success, 1 on a refused
/// input or failed operation, 2 on bad arguments (clap's convention).
pub fn run() -> i32 {
    let cli = Cli::parse();
    let db = match &cli.invite {
        Some(file) => invite::db_of(file, cli.user.as_deref()),
        None => open::Db::from_arg(cli.db),
    };
    let db = match db {
        Ok(db) => db,
        Err(e) => return fail(&e),
    };
    let result = match cli.command {
        Command::Init(company) => data::init(&db, company.settings()),
        Command::Team(TeamCommand::Init(company)) => team::init(&db, company.settings()),
        Command::Team(TeamCommand::Push { file }) => team::push(&db, &file),
        Command::Team(TeamCommand::Pull { file }) => team::pull(&db, &file),
        Command::Team(TeamCommand::Upgrade) => team::upgrade(&db),
        Command::Team(TeamCommand::AddUser {
            name,
            role,
            password_stdin,
        }) => team::add_user(&db, &name, role, password_stdin),
        Command::Team(TeamCommand::RemoveUser { name }) => team::remove_user(&db, &name),
        Command::Team(TeamCommand::ResetPassword {
            name,
            password_stdin,
        }) => team::reset_password(&db, &name, password_stdin),
        Command::Team(TeamCommand::Users) => team::users(&db),
        Command::Team(TeamCommand::Invite {
            file,
            ca,
            host,
            port,
        }) => invite::write(&db, &file, &ca, host.as_deref(), port),
        Command::Import {
            kind: ImportKind::Records(kind),
            file,
            create_sources,
            encoding,
            format,
            columns,
        } => {
            if format.is_some() || columns.is_some() {
                Err(leadledger::error::Error::invalid(
                    if format.is_some() {
                        "format"
                    } else {
                        "columns"
                    },
                    "--format and --columns are for `import calls` only",
                ))
            } else {
                data::import(&db, kind, &file, create_sources, encoding)
            }
        }
        Command::Import {
            kind: ImportKind::Calls,
            file,
            create_sources,
            encoding,
            format,
            columns,
        } => {
            if create_sources {
                Err(leadledger::error::Error::invalid(
                    "create_sources",
                    "--create-sources is for record files; a call log names no sources",
                ))
            } else {
                calls::import(&db, &file, format, columns, encoding)
            }
        }
        Command::Calls(CallsCommand::Unlogged { since }) => calls::unlogged(&db, since),
        Command::Export {
            kind: ImportKind::Records(kind),
            file,
        } => data::export(&db, kind, &file),
        Command::Export {
            kind: ImportKind::Calls,
            file,
        } => calls::export(&db, &file),
        Command::Demo { today, language } => data::demo(&db, today, language.as_deref()),
        Command::Summary { as_of } => data::summary(&db, as_of),
        Command::Backup { out } => data::backup(&db, out),
        Command::Report {
            from,
            to,
            as_of,
            model,
            lang,
            paper,
            out,
        } => figures::report_command(
            &db,
            &figures::MetricsArgs {
                from,
                to,
                as_of,
                model,
                json: false,
            },
            lang.as_deref(),
            &paper,
            &out,
        ),
        Command::Backups => data::backups(&db),
        Command::Pin(PinCommand::Clear) => pin::clear(&db),
        Command::Restore { file } => data::restore(&db, &file),
        Command::Settings {
            name,
            fiscal_start,
            gross_margin,
            half_life,
            language,
            call_retention_months,
        } => data::settings(
            &db,
            data::SettingsChange {
                name,
                fiscal_start,
                gross_margin,
                half_life,
                language,
                call_retention_months,
            },
        ),
        Command::Metrics {
            from,
            to,
            as_of,
            model,
            json,
        } => figures::metrics_command(
            &db,
            &figures::MetricsArgs {
                from,
                to,
                as_of,
                model,
                json,
            },
        ),
    };
    match result {
        Ok(()) => 0,
        Err(e) => fail(&e),
    }
}

fn fail(e: &leadledger::Error) -> i32 {
    eprintln!("leadledger: error: {}", e.message);
    if let Some(field) = &e.field {
        eprintln!("  (field: {field}, code: {})", e.code.as_str());
    } else {
        eprintln!("  (code: {})", e.code.as_str());
    }
    1
}
