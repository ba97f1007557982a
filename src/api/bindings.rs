//! The TypeScript the UI imports (`ui/src/bindings/index.ts`), generated
//! from the DTOs with ts-rs, and the map of every command to its arguments
//! and result. A test regenerates it and fails when the committed file
//! differs; `LEADLEDGER_BLESS=1 cargo test --test it api::bindings` rewrites it.

use super::dto::*;
use super::dto_outbox::*;
use super::dto_safety::*;
use super::{PinStatus, ReportPreview, ReportQuery, SavedReport};
use ts_rs::{Config, TS};

fn cfg() -> Config {
    // Ids and counts are far below 2^53, and JSON carries them as numbers.
    Config::new().with_large_int("number")
}

macro_rules! decls {
    ($($t:ty),+ $(,)?) => {{
        let cfg = cfg();
        vec![$(format!("export {}", <$t as TS>::decl(&cfg))),+]
    }};
}

fn ts<T: TS>() -> String {
    T::name(&cfg())
}

/// One command as the page sees it: its name, its arguments (camelCase
/// name, TypeScript type) and its result, all read off the command table.
pub struct CommandDecl {
    pub name: &'static str,
    pub args: Vec<(String, String)>,
    pub result: String,
    /// The command opens a file dialog, so it needs the window.
    pub dialog: bool,
}

/// Tauri's argument names: `create_sources` is `createSources` on the page.
fn camel(snake: &str) -> String {
    let mut out = String::with_capacity(snake.len());
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// A `command_table!` callback: each command with its types in TypeScript.
macro_rules! command_decls {
    (
        session { $($name:ident ($($arg:ident: $ty:ty),*) -> $ret:ty => $method:ident;)* }
        shell { $($shell:ident ($($sarg:ident: $sty:ty),*) -> $sret:ty;)* }
    ) => {
        vec![
            $(CommandDecl {
                name: stringify!($name),
                args: vec![$((camel(stringify!($arg)), ts::<$ty>()),)*],
                result: ts::<$ret>(),
                dialog: false,
            },)*
            $(CommandDecl {
                name: stringify!($shell),
                args: vec![$((camel(stringify!($sarg)), ts::<$sty>()),)*],
                result: ts::<$sret>(),
                dialog: true,
            },)*
        ]
    };
}

/// Every command of `command_table!`, in its order.
pub fn commands() -> Vec<CommandDecl> {
    crate::command_table!(command_decls)
}

/// The whole generated file.
pub fn typescript() -> String {
    let mut out = String::from(
        "// Generated from the Rust DTOs in src/api/dto.rs by src/api/bindings.rs.\n\
         // Do not edit: run `LEADLEDGER_BLESS=1 cargo test --test it api::bindings`.\n\n",
    );
    let all = decls!(
        SessionStatus,
        NewCompany,
        SettingsDto,
        TeamTls,
        TeamConnectionInput,
        TeamConnection,
        crate::role::Role,
        PersonDto,
        PersonInput,
        crate::error::ErrorCode,
        crate::error::Error,
        Language,
        Direction,
        SpendDirection,
        SpendCategory,
        InquiryKind,
        DealStatus,
        InquirySort,
        PeriodKind,
        AttributionModel,
        FigureKind,
        BenchmarkStatus,
        FileKind,
        ImportPhase,
        RemovedKind,
        BackupKind,
        LocationCode,
        ProblemCode,
        ArgKind,
        crate::report::Paper,
        ChannelDto,
        SourceDto,
        Catalog,
        SourceInput,
        ChannelInput,
        TouchpointInput,
        InquiryInput,
        TouchpointDto,
        DealDto,
        InquiryDto,
        LoggedInquiry,
        QualifyInput,
        OpenQuoteDto,
        WaitingEntry,
        TeamReach,
        LogKeyDto,
        KnownCustomerDto,
        InquiryQuery,
        InquiryPage,
        DealInput,
        CloseDeal,
        SpendGridRow,
        GeneralSpendDto,
        SpendGrid,
        SpendCell,
        GeneralSpendInput,
        ActivityRow,
        ActivityTotal,
        ActivityGrid,
        DashboardQuery,
        Kpi,
        ScopeRow,
        MonthLeads,
        WarningDto,
        CallsTileDto,
        FunnelRow,
        FunnelView,
        CohortYear,
        CohortView,
        CallMismatchDto,
        Dashboard,
        UnloggedCallDto,
        NotLeadReason,
        CallImportOutcome,
        CallFormat,
        CallPreviewRow,
        CallPreviewDto,
        ComparisonRow,
        ModelComparisonDto,
        RowErrorDto,
        DetectedDto,
        ChannelChangeDto,
        ImportPreview,
        ImportOutcome,
        ExportOutcome,
        ArgDto,
        NoticeDto,
        ProblemDto,
        BackupDto,
        DeletedDto,
        ImportProgress,
        ReportQuery,
        ReportPreview,
        SavedReport,
        PinStatus,
        crate::store::watch::Table,
        super::DataChanged,
    );
    for d in all {
        out.push_str(&d);
        out.push_str("\n\n");
    }
    // The one event the backend sends the page, named once in `live`.
    out.push_str(&format!(
        "/** The DOM event the shell dispatches in the window, its `detail` a `DataChanged`, when the records changed. */\n\
         export const DATA_CHANGED_EVENT = \"{}\";\n\n",
        super::DATA_CHANGED_EVENT
    ));
    out.push_str(
        "/** Every command: its arguments and its result. */\nexport interface Commands {\n",
    );
    for CommandDecl {
        name, args, result, ..
    } in commands()
    {
        let args: Vec<String> = args.iter().map(|(a, t)| format!("{a}: {t}")).collect();
        out.push_str(&format!(
            "  {name}: {{ args: {{ {} }}; result: {result} }};\n",
            args.join("; ")
        ));
    }
    out.push_str("}\n");
    out
}
