// Every command the page may call, declared once.
//
// This file holds only the table, as a macro, because three builds read it:
// the desktop shell (`src-tauri/src/lib.rs`) expands it into its Tauri
// commands and their handler list; the shell's build script
// (`src-tauri/build.rs`, which includes this file) into the app manifest's
// permissions and the one capability that grants them; and `bindings.rs`
// into the `Commands` interface of the generated TypeScript, each argument
// and result typed from the Rust types written here. A command is added by
// writing its method on `Session` and one line below; a changed argument
// type reaches the screens as a type error. No inner doc comment: the file
// is included into a build script, where one would not be allowed.

/// Expands `$then! { session { … } shell { … } }` with the command table.
///
/// `session` commands are `name(arg: Type, …) -> Result => method;` and call
/// `Session::method` with the same arguments. `shell` commands need the
/// window (a file dialog) and are written as functions of the same name in
/// the desktop shell's `dialogs` module; their arguments and result are
/// declared here all the same, and the shell's adapter calls that function
/// with them, so a function that drifts from its line fails to compile.
/// Argument names are snake_case in Rust and camelCase on the page, as
/// Tauri converts them.
#[macro_export]
macro_rules! command_table {
    ($then:ident) => {
        $then! {
            session {
                session_status() -> SessionStatus => status;
                open_demo(language: Choice<Language>) -> SessionStatus => open_demo;
                leave_demo() -> SessionStatus => leave_demo;
                create_company(company: NewCompany) -> SessionStatus => create_company;
                connect_team(connection: TeamConnectionInput) -> SessionStatus => connect_team;
                connect_invite(invite: String, user: String, password: Option<String>) -> SessionStatus => connect_invite;
                team_people() -> Vec<PersonDto> => team_people;
                add_team_person(person: PersonInput) -> Vec<PersonDto> => add_team_person;
                remove_team_person(login: String) -> Vec<PersonDto> => remove_team_person;
                reset_team_password(login: String, password: String) -> () => reset_team_password;
                get_settings() -> SettingsDto => settings;
                update_settings(settings: SettingsDto) -> SettingsDto => update_settings;
                catalog() -> Catalog => catalog;
                top_sources(n: u32) -> Vec<LogKeyDto> => top_sources;
                pin_log_key(source_id: i64, key: Option<u32>) -> Vec<LogKeyDto> => pin_log_key;
                known_customer(phone_text: String) -> Option<KnownCustomerDto> => known_customer;
                log_inquiry(input: InquiryInput) -> LoggedInquiry => log_inquiry;
                recent_inquiries(limit: u32) -> Vec<InquiryDto> => recent_inquiries;
                waiting_entries() -> Vec<WaitingEntry> => waiting_entries;
                send_waiting() -> Option<TeamReach> => send_waiting;
                work_offline(on: bool) -> SessionStatus => work_offline;
                delete_inquiry(id: String) -> DeletedDto => delete_inquiry;
                company_suggestions(prefix: String, limit: u32) -> Vec<String> => company_suggestions;
                search_inquiries(query: InquiryQuery) -> InquiryPage => search_inquiries;
                qualify_inquiry(input: QualifyInput) -> LoggedInquiry => qualify_inquiry;
                open_quotes() -> Vec<OpenQuoteDto> => open_quotes;
                save_deal(deal: DealInput) -> DealDto => save_deal;
                close_deal(close: CloseDeal) -> DealDto => close_deal;
                delete_deal(id: String) -> DeletedDto => delete_deal;
                spend_grid(year: i32) -> SpendGrid => spend_grid;
                activity_grid(year: i32) -> ActivityGrid => activity_grid;
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
                import_file(path: String, kind: Choice<FileKind>, create_sources: bool, encoding: Option<String>) -> ImportOutcome => import_file;
                import_progress() -> ImportProgress => import_progress;
                preview_call_log(path: String, format: Option<Choice<CallFormat>>, columns: Option<String>, encoding: Option<String>) -> CallPreviewDto => preview_call_log;
                import_call_log(path: String, format: Option<Choice<CallFormat>>, columns: Option<String>, encoding: Option<String>) -> CallImportOutcome => import_call_log;
                unlogged_calls(days: u32) -> Vec<UnloggedCallDto> => unlogged_calls;
                calls_stored() -> bool => calls_stored;
                dismiss_call(id: i64, reason: Choice<NotLeadReason>) -> LoggedInquiry => dismiss_call;
                report_preview(query: ReportQuery) -> ReportPreview => report_preview;
                pin_status() -> PinStatus => pin_status;
                set_pin(current: Option<String>, new: String) -> PinStatus => set_pin;
                clear_pin(current: String) -> PinStatus => clear_pin;
                unlock(pin: String) -> PinStatus => unlock;
                lock_pin() -> PinStatus => lock_pin;
            }
            shell {
                pick_import_file() -> Option<String>;
                pick_invite_file() -> Option<String>;
                pick_certificate_file() -> Option<String>;
                save_invite(ca: String, host: String, port: u16) -> Option<String>;
                export_file(kind: Choice<FileKind>) -> Option<ExportOutcome>;
                export_call_log() -> Option<ExportOutcome>;
                save_template(kind: Choice<FileKind>) -> Option<ExportOutcome>;
                save_report(query: ReportQuery) -> Option<SavedReport>;
            }
        }
    };
}

/// A `command_table!` callback that lists the commands' names, session
/// commands first: the shell's `COMMANDS` and its build script's manifest.
#[macro_export]
macro_rules! command_names {
    (
        session { $($name:ident ($($arg:ident: $ty:ty),*) -> $ret:ty => $method:ident;)* }
        shell { $($shell:ident ($($sarg:ident: $sty:ty),*) -> $sret:ty;)* }
    ) => {
        &[$(stringify!($name),)* $(stringify!($shell),)*]
    };
}
