//! The TypeScript the UI imports (`ui/src/bindings/index.ts`), generated
//! from the DTOs with ts-rs, and the map of every command to its arguments
//! and result. A test regenerates it and fails when the committed file
//! differs; `LEADLEDGER_BLESS=1 cargo test --test it api::bindings` rewrites it.

use super::dto::*;
use super::dto_safety::*;
use super::{ReportPreview, ReportQuery, SavedReport};
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

/// Each command: its name, its arguments (name, TypeScript type) and result.
pub fn commands() -> Vec<(&'static str, Vec<(&'static str, String)>, String)> {
    let n = || "number".to_string();
    let s = || "string".to_string();
    let b = || "boolean".to_string();
    let unit = || "null".to_string();
    let list = |t: String| format!("Array<{t}>");
    let opt = |t: String| format!("{t} | null");
    vec![
        ("session_status", vec![], ts::<SessionStatus>()),
        ("open_demo", vec![("language", s())], ts::<SessionStatus>()),
        ("leave_demo", vec![], ts::<SessionStatus>()),
        (
            "create_company",
            vec![("company", ts::<NewCompany>())],
            ts::<SessionStatus>(),
        ),
        ("get_settings", vec![], ts::<SettingsDto>()),
        (
            "update_settings",
            vec![("settings", ts::<SettingsDto>())],
            ts::<SettingsDto>(),
        ),
        ("catalog", vec![], ts::<Catalog>()),
        ("top_sources", vec![("n", n())], list(ts::<LogKeyDto>())),
        (
            "known_customer",
            vec![("phoneText", s())],
            opt(ts::<KnownCustomerDto>()),
        ),
        (
            "pin_log_key",
            vec![("sourceId", n()), ("key", opt(n()))],
            list(ts::<LogKeyDto>()),
        ),
        (
            "log_inquiry",
            vec![("input", ts::<InquiryInput>())],
            ts::<LoggedInquiry>(),
        ),
        (
            "recent_inquiries",
            vec![("limit", n())],
            list(ts::<InquiryDto>()),
        ),
        ("delete_inquiry", vec![("id", s())], ts::<DeletedDto>()),
        (
            "company_suggestions",
            vec![("prefix", s()), ("limit", n())],
            list(s()),
        ),
        (
            "search_inquiries",
            vec![("query", ts::<InquiryQuery>())],
            ts::<InquiryPage>(),
        ),
        (
            "save_deal",
            vec![("deal", ts::<DealInput>())],
            ts::<DealDto>(),
        ),
        (
            "close_deal",
            vec![("close", ts::<CloseDeal>())],
            ts::<DealDto>(),
        ),
        ("delete_deal", vec![("id", s())], ts::<DeletedDto>()),
        ("spend_grid", vec![("year", n())], ts::<SpendGrid>()),
        ("save_spend_cell", vec![("cell", ts::<SpendCell>())], unit()),
        (
            "add_general_spend",
            vec![("spend", ts::<GeneralSpendInput>())],
            list(n()),
        ),
        ("delete_spend", vec![("id", n())], ts::<DeletedDto>()),
        (
            "save_source",
            vec![("source", ts::<SourceInput>())],
            ts::<SourceDto>(),
        ),
        ("delete_source", vec![("id", n())], ts::<DeletedDto>()),
        (
            "merge_sources",
            vec![("from", n()), ("into", n())],
            ts::<Catalog>(),
        ),
        (
            "save_channel",
            vec![("channel", ts::<ChannelInput>())],
            ts::<Catalog>(),
        ),
        ("delete_channel", vec![("id", n())], ts::<Catalog>()),
        ("undo_delete", vec![("token", s())], ts::<DeletedDto>()),
        ("list_backups", vec![], list(ts::<BackupDto>())),
        ("backup_now", vec![], ts::<BackupDto>()),
        ("restore_backup", vec![("name", s())], ts::<SessionStatus>()),
        (
            "dashboard",
            vec![("query", ts::<DashboardQuery>())],
            ts::<Dashboard>(),
        ),
        (
            "model_comparison",
            vec![("query", ts::<DashboardQuery>())],
            ts::<ModelComparisonDto>(),
        ),
        ("pick_import_file", vec![], "string | null".into()),
        (
            "import_preview",
            vec![("path", s()), ("encoding", opt(s()))],
            ts::<ImportPreview>(),
        ),
        (
            "import_file",
            vec![
                ("path", s()),
                ("kind", s()),
                ("createSources", b()),
                ("encoding", opt(s())),
            ],
            ts::<ImportOutcome>(),
        ),
        ("import_progress", vec![], ts::<ImportProgress>()),
        (
            "export_file",
            vec![("kind", s())],
            format!("{} | null", ts::<ExportOutcome>()),
        ),
        (
            "save_template",
            vec![("kind", s())],
            format!("{} | null", ts::<ExportOutcome>()),
        ),
        (
            "report_preview",
            vec![("query", ts::<ReportQuery>())],
            ts::<ReportPreview>(),
        ),
        (
            "save_report",
            vec![("query", ts::<ReportQuery>())],
            format!("{} | null", ts::<SavedReport>()),
        ),
    ]
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
        crate::error::ErrorCode,
        crate::error::Error,
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
        DashboardQuery,
        Kpi,
        ScopeRow,
        MonthLeads,
        WarningDto,
        Dashboard,
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
    );
    for d in all {
        out.push_str(&d);
        out.push_str("\n\n");
    }
    out.push_str(
        "/** Every command: its arguments and its result. */\nexport interface Commands {\n",
    );
    for (name, args, result) in commands() {
        let args: Vec<String> = args.iter().map(|(a, t)| format!("{a}: {t}")).collect();
        out.push_str(&format!(
            "  {name}: {{ args: {{ {} }}; result: {result} }};\n",
            args.join("; ")
        ));
    }
    out.push_str("}\n");
    out
}
