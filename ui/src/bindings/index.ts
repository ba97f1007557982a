// Generated from the Rust DTOs in src/api/dto.rs by src/api/bindings.rs.
// Do not edit: run `LEADLEDGER_BLESS=1 cargo test --test it api::bindings`.

export type SessionStatus = { needs_setup: boolean, 
/**
 * The demo company, in memory: nothing the user enters is kept.
 */
demo: boolean, company: string, currency: string, language: Language, fiscal_year_start_month: number, db_path: string | null, 
/**
 * Today, as the backend sees it (the demo's data end here).
 */
today: string, 
/**
 * The file is damaged and open for reading only: every change is refused.
 */
read_only: boolean, 
/**
 * Why the file could not be opened normally, if it could not.
 */
problem: ProblemDto | null, 
/**
 * Risks of the open file that do not stop the work (its location).
 */
warnings: Array<NoticeDto>, 
/**
 * The team database the session is on, as the header shows it
 * ("anna@192.168.1.5/shop"); `None` on a file or the demo.
 */
team: string | null, 
/**
 * The team connection the session is set to (the one remembered or
 * given at start, or the one open), without its password: the welcome
 * screen's connect form starts from it.
 */
team_connection: TeamConnection | null, 
/**
 * Why that team database could not be opened (wrong or missing
 * password, server unreachable, …): the welcome screen says so by its
 * code and asks again. (Only ever sent: the error type is not read
 * back from JSON.)
 */
team_failure: ApiError | null, 
/**
 * Why the owner's seat's last daily copy of the team database failed
 * (taken in the background at start and on connecting; the next open
 * tries again): the banner says so. `None` on a file, in the demo,
 * and once a copy succeeds. (Only ever sent.)
 */
team_backup_failure: ApiError | null, 
/**
 * The seat's role on the team database (`owner` on a file and in the
 * demo): the side bar leaves out what the role may not use.
 */
role: Role, 
/**
 * On a team database: whether the server answers, when the records
 * were last read from it and how many entries wait in the outbox.
 * Absent on a file and in the demo.
 */
reach?: TeamReach, };

export type NewCompany = { name: string, currency: string, fiscal_year_start_month: number, language: Language, };

export type SettingsDto = { company_name: string, currency: string, fiscal_year_start_month: number, 
/**
 * A fraction: "0.35" is 35 %.
 */
gross_margin: string, half_life_days: string, language: Language, 
/**
 * How many months a call of the phone log keeps its numbers (1–120).
 */
call_retention_months: number, };

export type TeamTls = "prefer" | "require" | "verify_full";

export type TeamConnectionInput = { host: string, port: number, database: string, user: string, password: string | null, tls: TeamTls, };

export type TeamConnection = { host: string, port: number, database: string, user: string, tls: TeamTls, };

export type Role = "owner" | "sales" | "desk";

export type PersonDto = { login: string, role: Role, };

export type PersonInput = { login: string, role: Role, password: string | null, };

export type ErrorCode = "invalid" | "invalid_amount" | "invalid_date" | "not_found" | "duplicate" | "inconsistent" | "csv_rejected" | "database_too_new" | "not_a_database" | "corrupt" | "disk_full" | "io" | "read_only" | "busy" | "offline" | "auth_failed" | "tls_failed" | "server_too_old" | "needs_upgrade" | "conflict" | "locked" | "forbidden";

export type ApiError = { code: ErrorCode, message: string, field: string | null, 
/**
 * For a `conflict` from a screen's save: the record as it now stands
 * (the app's `InquiryDto` or `DealDto`, whichever was saved), so the
 * screen shows what the other seat saved instead of overwriting it.
 * Absent for every other error, and when the record is gone.
 */
current?: InquiryDto | DealDto, };

export type Language = "en" | "de" | "nl" | "sv" | "ru";

export type Direction = "inbound" | "outbound";

export type SpendDirection = "inbound" | "outbound" | "shared";

export type SpendCategory = "advertising" | "labor" | "software" | "overhead" | "distribution" | "events" | "other";

export type InquiryKind = "call" | "rfq" | "email" | "web_form" | "walk_in" | "trade_show" | "other";

export type DealStatus = "open" | "won" | "lost";

export type InquirySort = "received_at" | "company" | "source" | "kind" | "deal_value";

export type PeriodKind = "year" | "quarter" | "month" | "ytd" | "custom";

export type AttributionModel = "first_touch" | "last_touch" | "linear" | "position_based" | "time_decay" | "data_driven";

export type FigureKind = "money" | "pct" | "count" | "ratio" | "days";

export type BenchmarkStatus = "below" | "within" | "above";

export type FileKind = "sources" | "spend" | "inquiries" | "deals" | "targets" | "traffic" | "activity";

export type ImportPhase = "idle" | "reading" | "storing" | "saving" | "done";

export type RemovedKind = "inquiry" | "deal" | "spend" | "source";

export type BackupKind = "daily" | "weekly" | "monthly" | "manual" | "pre_migration" | "pre_restore" | "damaged" | "other";

export type LocationCode = "network_share" | "cloud_folder";

export type ProblemCode = "corrupt" | "too_new" | "not_a_database" | "unreadable";

export type ArgKind = "text" | "date" | "pct" | "count" | "money";

export type Paper = "a4" | "letter";

export type ChannelDto = { id: number, name: string, direction: Direction, sources: number, };

export type SourceDto = { id: number, name: string, channel_id: number, channel: string, direction: Direction, tracking_numbers: Array<string>, utm_source: string | null, utm_medium: string | null, utm_campaign: string | null, 
/**
 * Inquiries that name it as first touch.
 */
uses: number, };

export type Catalog = { channels: Array<ChannelDto>, sources: Array<SourceDto>, };

export type SourceInput = { 
/**
 * `None` adds a source.
 */
id: number | null, name: string, channel: string, 
/**
 * The channel's direction when the channel is new.
 */
direction: Direction | null, tracking_numbers: Array<string>, utm_source: string | null, utm_medium: string | null, utm_campaign: string | null, };

export type ChannelInput = { id: number | null, name: string, direction: Direction, };

export type TouchpointInput = { source_id: number, date: string, };

export type InquiryInput = { 
/**
 * Set when editing; `None` logs a new inquiry with the next id.
 */
id: string | null, 
/**
 * `None` is now.
 */
received_at: string | null, kind: InquiryKind, company: string | null, contact: string | null, phone: string | null, email: string | null, 
/**
 * `None` lets a dialled tracking number choose, else Unknown.
 */
source_id: number | null, touchpoints: Array<TouchpointInput>, is_lead: boolean, notes: string | null, 
/**
 * When editing: the `version` of the inquiry the form was filled
 * from. A save over a newer one is refused with `conflict`, carrying
 * the inquiry as it now stands; `None` saves without the check.
 */
version: number | null, };

export type TouchpointDto = { source_id: number, source: string, date: string, };

export type DealDto = { id: string, inquiry_id: string | null, company: string, quoted_at: string | null, closed_at: string | null, status: DealStatus, amount: string, lost_reason: string | null, 
/**
 * The stored deal's version; an edit sends it back.
 */
version: number, };

export type InquiryDto = { id: string, received_at: string, kind: InquiryKind, company: string | null, contact: string | null, phone: string | null, email: string | null, source_id: number, source: string, channel: string, touchpoints: Array<TouchpointDto>, is_lead: boolean, notes: string | null, 
/**
 * When the lead met the shop's qualification criteria; `None` is not
 * (yet) qualified. Set with `qualify_inquiry`; the form's save keeps it.
 */
qualified_at: string | null, deals: Array<DealDto>, 
/**
 * The sum of the deals' amounts, added in Decimal here so the page
 * never adds money itself; None without deals.
 */
deals_total: string | null, 
/**
 * The stored inquiry's version; an edit sends it back.
 */
version: number, };

export type LoggedInquiry = { inquiry: InquiryDto, 
/**
 * For an edit: `undo_delete` with this token puts back the version
 * before it. `None` for a new entry, which undo removes instead.
 */
undo_token: string | null, 
/**
 * Set when the team server could not be reached: the entry waits in
 * the seat's outbox under this UUID, to be sent when the server is
 * back, and `inquiry` is the entry as entered, without a number yet
 * (`id` is empty; the server numbers it on arrival).
 */
waiting?: string, };

export type QualifyInput = { id: string, qualified: boolean, 
/**
 * `None` is today.
 */
date: string | null, 
/**
 * The `version` the screen showed, as [`InquiryInput::version`];
 * `None` takes the stored one.
 */
version: number | null, };

export type OpenQuoteDto = { deal_id: string, inquiry_id: string | null, company: string, quoted_at: string, 
/**
 * Days from the quote to today.
 */
age_days: number, 
/**
 * `None` for a seat that does not read money, or while the PIN locks it.
 */
amount: string | null, };

export type WaitingEntry = { 
/**
 * Given where it was entered; the server keeps it with the inquiry.
 */
uuid: string, 
/**
 * The entry as entered: `id` is empty until the server numbers it.
 */
inquiry: InquiryDto, 
/**
 * Why the server refused it (a source removed meanwhile, …), when it
 * was reachable and said no: the entry is kept, not sent again by
 * itself.
 */
problem: string | null, };

export type TeamReach = { 
/**
 * The last statement sent to the server failed with `offline`.
 */
offline: boolean, 
/**
 * When the records were last read from the server (local time), if
 * they were this session.
 */
last_read_at: string | null, 
/**
 * Entries in the outbox for this team database.
 */
waiting: number, };

export type LogKeyDto = { 
/**
 * 1 to 9.
 */
key: number, source: SourceDto, 
/**
 * Pinned by the owner on the Sources screen; the others follow the rule.
 */
pinned: boolean, };

export type KnownCustomerDto = { company: string, 
/**
 * Won deals of that company.
 */
won_deals: number, last_won: string | null, };

export type InquiryQuery = { 
/**
 * Matches id, company, contact, phone, e-mail and source, case-insensitively.
 */
text: string | null, from: string | null, to: string | null, 
/**
 * `None` is `received_at`; newest first unless `ascending`.
 */
sort: InquirySort | null, ascending: boolean, offset: number, limit: number, };

export type InquiryPage = { rows: Array<InquiryDto>, total: number, };

export type DealInput = { 
/**
 * `None` gives the next free `D-YYYY-NNNNN` id.
 */
id: string | null, inquiry_id: string | null, company: string, quoted_at: string | null, closed_at: string | null, status: DealStatus, amount: string, lost_reason: string | null, 
/**
 * When editing: the `version` of the deal the form was filled from,
 * as [`InquiryInput::version`].
 */
version: number | null, };

export type CloseDeal = { id: string, won: boolean, amount: string | null, reason: string | null, 
/**
 * `None` is today.
 */
closed_at: string | null, 
/**
 * The `version` of the deal as the screen showed it; a deal changed
 * since is refused with `conflict`. `None` takes the version the
 * session last read.
 */
version: number | null, };

export type SpendGridRow = { source_id: number, source: string, channel: string, 
/**
 * Twelve calendar months, January first.
 */
months: Array<string>, total: string, };

export type GeneralSpendDto = { id: number, date: string, amount: string, category: SpendCategory, 
/**
 * General spend's own direction: `shared` when none was given.
 */
direction: SpendDirection, note: string | null, };

export type SpendGrid = { year: number, rows: Array<SpendGridRow>, general: Array<GeneralSpendDto>, month_totals: Array<string>, total: string, };

export type SpendCell = { source_id: number, year: number, 
/**
 * 1 = January.
 */
month: number, amount: string, };

export type GeneralSpendInput = { date: string, amount: string, category: SpendCategory, direction: SpendDirection, note: string | null, 
/**
 * 1 books the amount once.
 */
months: number, };

export type ActivityRow = { source_id: number, source: string, 
/**
 * The metric's name as imported (`clicks`, `opens`, …).
 */
metric: string, 
/**
 * January to December.
 */
months: Array<number>, total: number, 
/**
 * The year's spend of the source / its count (`cost_per.<m>`).
 */
cost_per: string | null, 
/**
 * The source's cost per lead in the same year.
 */
cpl: string | null, };

export type ActivityTotal = { metric: string, count: number, cost_per: string | null, to_lead_pct: string | null, };

export type ActivityGrid = { year: number, rows: Array<ActivityRow>, totals: Array<ActivityTotal>, };

export type DashboardQuery = { period: PeriodKind, year: number | null, quarter: number | null, month: number | null, from: string | null, to: string | null, model: AttributionModel, 
/**
 * `None` is today.
 */
as_of: string | null, };

export type Kpi = { key: string, kind: FigureKind, value: string | null, prev: string | null, delta_pct: string | null, expected: string | null, band: string | null, 
/**
 * expected − band and expected + band, computed in Decimal so the
 * screen shows the range the PDF shows, to the cent.
 */
expected_low: string | null, expected_high: string | null, status: BenchmarkStatus | null, };

export type ScopeRow = { name: string, channel: string | null, direction: Direction | null, leads: string | null, spend: string | null, revenue: string | null, roi_pct: string | null, cpl: string | null, won_deals: string | null, 
/**
 * Whether the row had leads, spend or revenue: the rows the screen
 * lists, decided by the rule the PDF uses (`ScopeFigures::is_active`).
 */
active: boolean, };

export type MonthLeads = { 
/**
 * Calendar month, 1 = January.
 */
month: number, 
/**
 * `None` for months after the as-of date.
 */
this_year: number | null, one_year_back: number, two_years_back: number, };

export type WarningDto = { key: string, source: string | null, 
/**
 * In English, for a warning this version has no translation of.
 */
message: string, 
/**
 * The Fluent message (`warning-…`) and its arguments.
 */
message_id: string, args: Array<ArgDto>, };

export type CallsTileDto = { calls: number, logged_pct: string | null, tracked_pct: string | null, mismatch: number, 
/**
 * `calls_logged_pct` against prior years, as the other tiles have it.
 */
benchmark: Kpi, mismatches: Array<CallMismatchDto>, };

export type FunnelRow = { name: string, channel: string | null, leads: string | null, qualified_leads: string | null, quoted_leads: string | null, won_leads: string | null, qualified_pct: string | null, quote_rate_pct: string | null, 
/**
 * won_leads / leads × 100 (the lead-to-customer rate).
 */
won_pct: string | null, quotes: string | null, quote_hit_rate_pct: string | null, quoted_value: string | null, cost_per_qualified_lead: string | null, };

export type FunnelView = { company: FunnelRow, 
/**
 * The sources with leads in the period, most leads first.
 */
sources: Array<FunnelRow>, };

export type CohortYear = { 
/**
 * The fiscal year (the year it starts in).
 */
year: number, from: string, to: string, leads: string | null, spend: string | null, cohort_revenue: string | null, cohort_roi_pct: string | null, 
/**
 * Cumulative revenue of the year's leads at the end of each month
 * since the year's first day (index 0 is the first month), up to the
 * as-of date: one row of the development triangle.
 */
curve: Array<string>, };

export type CohortView = { years: Array<CohortYear>, maturity_pct: string | null, expected_revenue: string | null, expected_roi_pct: string | null, };

export type CallMismatchDto = { inquiry_id: string, 
/**
 * "YYYY-MM-DDTHH:MM:SS".
 */
started_at: string, caller: string, 
/**
 * The inquiry's first touch.
 */
said: string, 
/**
 * The source the dialled tracking number implies.
 */
dialled: string, };

export type Dashboard = { from: string, to: string, effective_to: string, as_of: string, model: AttributionModel, fallback_model: AttributionModel | null, currency: string, kpis: Array<Kpi>, 
/**
 * The fiscal year the period ends in.
 */
monthly_year: number, monthly: Array<MonthLeads>, channels: Array<ScopeRow>, sources: Array<ScopeRow>, untracked_pct: string | null, 
/**
 * More than 20 % of leads have no known source.
 */
untracked_alarm: boolean, 
/**
 * The "Calls logged" tile; `None` when no call log is stored.
 */
calls: CallsTileDto | null, warnings: Array<WarningDto>, 
/**
 * Leads → qualified → quoted → won, for the company and per source.
 */
funnel: FunnelView, 
/**
 * The last six years' cohorts; `None` for a seat that does not see
 * money, or while the owner PIN locks the session.
 */
cohorts: CohortView | null, };

export type UnloggedCallDto = { 
/**
 * The call's row id, which `dismiss_call` takes.
 */
id: number, 
/**
 * "YYYY-MM-DDTHH:MM:SS", the shop's wall-clock time.
 */
started_at: string, 
/**
 * The calling number as the log wrote it.
 */
caller: string, duration_s: number, 
/**
 * The number dialled as the log wrote it, if it says.
 */
dialled: string | null, 
/**
 * The source whose tracking number was dialled, if any.
 */
source_id: number | null, source: string | null, };

export type NotLeadReason = "supplier" | "existing_customer" | "private" | "wrong_number";

export type CallImportOutcome = { accepted: boolean, 
/**
 * The layout read: asterisk, fritzbox, 3cx, plain or columns.
 */
format: string | null, detected: DetectedDto | null, calls: number, new: number, already: number, outgoing: number, internal: number, withheld: number, tagged: number, purged: number, errors: Array<RowErrorDto>, };

export type CallFormat = "asterisk" | "fritzbox" | "3cx" | "plain" | "columns";

export type CallPreviewRow = { 
/**
 * The line of the file it starts on.
 */
row: number, 
/**
 * "YYYY-MM-DDTHH:MM:SS", the shop's wall-clock time.
 */
started_at: string, caller: string, dialled: string | null, duration_s: number, answered: boolean, };

export type CallPreviewDto = { 
/**
 * The layout recognised or chosen: asterisk, fritzbox, 3cx, plain or
 * columns.
 */
format: string | null, detected: DetectedDto | null, 
/**
 * The counted calls of the log; of them `new` would be added and
 * `already` are stored.
 */
calls: number, new: number, already: number, 
/**
 * The calls the reader leaves out, by why.
 */
outgoing: number, internal: number, withheld: number, 
/**
 * The first calls.
 */
rows: Array<CallPreviewRow>, errors: Array<RowErrorDto>, };

export type ComparisonRow = { name: string, 
/**
 * One value per model, in `ModelComparisonDto::models` order.
 */
leads: Array<string | null>, revenue: Array<string | null>, roi_pct: Array<string | null>, };

export type ModelComparisonDto = { models: Array<AttributionModel>, data_driven_fallback: boolean, channels: Array<ComparisonRow>, sources: Array<ComparisonRow>, };

export type RowErrorDto = { row: number, column: string | null, reason: string, };

export type DetectedDto = { encoding: string, 
/**
 * The text fitted two code pages and the user's language chose: the
 * screen says so and offers the encoding choice.
 */
encoding_guessed: boolean, delimiter: string, decimal_separator: string | null, date_format: string, };

export type ChannelChangeDto = { channel: string, from: Direction, to: Direction, };

export type ImportPreview = { path: string, detected: DetectedDto | null, 
/**
 * The kind whose required columns the header has, if exactly one fits.
 */
kind: FileKind | null, header: Array<string>, rows: Array<Array<string>>, errors: Array<RowErrorDto>, };

export type ImportOutcome = { accepted: boolean, kind: FileKind, detected: DetectedDto | null, rows: number, inserted: number, updated: number, unchanged: number, created_sources: Array<string>, 
/**
 * Channels whose direction a sources file changed.
 */
changed_channels: Array<ChannelChangeDto>, 
/**
 * Every bad row when refused (the first 1,000 by row when there are
 * more); nothing was written then.
 */
errors: Array<RowErrorDto>, 
/**
 * How many problems the refused file has in all.
 */
error_count: number, 
/**
 * Where every problem was written when there are more than `errors`
 * holds (`FILE.errors.csv` beside the file).
 */
errors_file: string | null, };

export type ExportOutcome = { path: string, bytes: number, };

export type ArgDto = { name: string, kind: ArgKind, value: string, };

export type NoticeDto = { code: LocationCode, 
/**
 * The Fluent message that says it (`ui-location-…`).
 */
message_id: string, args: Array<ArgDto>, 
/**
 * The same in English, for logs.
 */
message: string, };

export type ProblemDto = { code: ProblemCode, 
/**
 * In English, for logs and support.
 */
message: string, 
/**
 * The database file.
 */
file: string, 
/**
 * The newest backup that passed its check, to restore from (never
 * offered for a file from a newer version: it would throw away newer data).
 */
newest_backup: string | null, newest_backup_at: string | null, 
/**
 * The schema version the file says it has (too_new).
 */
found_version: number | null, 
/**
 * The newest schema version this build knows.
 */
supported_version: number, };

export type BackupDto = { 
/**
 * The file name; the only thing the page sends back to restore it.
 */
name: string, 
/**
 * When it was taken (local time).
 */
when: string, kind: BackupKind, bytes: number, };

export type DeletedDto = { token: string, kind: RemovedKind, 
/**
 * The record's id (`INQ-…`, `D-…`, the entry's or source's number).
 */
id: string, 
/**
 * What the user calls it: the company, the source's name, the note.
 */
label: string, date: string | null, 
/**
 * Deals and spend: the amount as a decimal string.
 */
amount: string | null, };

export type ImportProgress = { done: number, 
/**
 * 0 while the file is still being read.
 */
total: number, phase: ImportPhase, };

export type ReportQuery = { 
/**
 * `None` is the company's language.
 */
language: Language | null, paper: Paper, period: PeriodKind, year: number | null, quarter: number | null, month: number | null, from: string | null, to: string | null, model: AttributionModel, 
/**
 * `None` is today.
 */
as_of: string | null, };

export type ReportPreview = { 
/**
 * One SVG document per PDF page, sized in mm.
 */
pages: Array<string>, page_count: number, 
/**
 * What the save dialog proposes: the report's title and period.
 */
suggested_file_name: string, };

export type SavedReport = { path: string, bytes: number, pages: number, };

export type PinStatus = { 
/**
 * A PIN is set on the open database (never on a team database).
 */
set: boolean, 
/**
 * The money screens are locked: a PIN is set and was not entered.
 */
locked: boolean, 
/**
 * Seconds left of the wait after too many wrong PINs, if waiting.
 */
wait_s: number | null, };

export type Table = "settings" | "channels" | "sources" | "tracking_numbers" | "spend" | "inquiries" | "touchpoints" | "deals" | "targets" | "traffic" | "activity" | "calls";

export type DataChanged = { tables: Array<Table>, all: boolean, };

/** The DOM event the shell dispatches in the window, its `detail` a `DataChanged`, when the records changed. */
export const DATA_CHANGED_EVENT = "data-changed";

/** Every command: its arguments and its result. */
export interface Commands {
  session_status: { args: {  }; result: SessionStatus };
  open_demo: { args: { language: Language }; result: SessionStatus };
  leave_demo: { args: {  }; result: SessionStatus };
  create_company: { args: { company: NewCompany }; result: SessionStatus };
  connect_team: { args: { connection: TeamConnectionInput }; result: SessionStatus };
  connect_invite: { args: { invite: string; user: string; password: string | null }; result: SessionStatus };
  team_people: { args: {  }; result: Array<PersonDto> };
  add_team_person: { args: { person: PersonInput }; result: Array<PersonDto> };
  remove_team_person: { args: { login: string }; result: Array<PersonDto> };
  reset_team_password: { args: { login: string; password: string }; result: null };
  get_settings: { args: {  }; result: SettingsDto };
  update_settings: { args: { settings: SettingsDto }; result: SettingsDto };
  catalog: { args: {  }; result: Catalog };
  top_sources: { args: { n: number }; result: Array<LogKeyDto> };
  pin_log_key: { args: { sourceId: number; key: number | null }; result: Array<LogKeyDto> };
  known_customer: { args: { phoneText: string }; result: KnownCustomerDto | null };
  log_inquiry: { args: { input: InquiryInput }; result: LoggedInquiry };
  recent_inquiries: { args: { limit: number }; result: Array<InquiryDto> };
  waiting_entries: { args: {  }; result: Array<WaitingEntry> };
  send_waiting: { args: {  }; result: TeamReach | null };
  work_offline: { args: { on: boolean }; result: SessionStatus };
  delete_inquiry: { args: { id: string }; result: DeletedDto };
  company_suggestions: { args: { prefix: string; limit: number }; result: Array<string> };
  search_inquiries: { args: { query: InquiryQuery }; result: InquiryPage };
  qualify_inquiry: { args: { input: QualifyInput }; result: LoggedInquiry };
  open_quotes: { args: {  }; result: Array<OpenQuoteDto> };
  save_deal: { args: { deal: DealInput }; result: DealDto };
  close_deal: { args: { close: CloseDeal }; result: DealDto };
  delete_deal: { args: { id: string }; result: DeletedDto };
  spend_grid: { args: { year: number }; result: SpendGrid };
  activity_grid: { args: { year: number }; result: ActivityGrid };
  save_spend_cell: { args: { cell: SpendCell }; result: null };
  add_general_spend: { args: { spend: GeneralSpendInput }; result: Array<number> };
  delete_spend: { args: { id: number }; result: DeletedDto };
  save_source: { args: { source: SourceInput }; result: SourceDto };
  delete_source: { args: { id: number }; result: DeletedDto };
  merge_sources: { args: { from: number; into: number }; result: Catalog };
  save_channel: { args: { channel: ChannelInput }; result: Catalog };
  delete_channel: { args: { id: number }; result: Catalog };
  undo_delete: { args: { token: string }; result: DeletedDto };
  list_backups: { args: {  }; result: Array<BackupDto> };
  backup_now: { args: {  }; result: BackupDto };
  restore_backup: { args: { name: string }; result: SessionStatus };
  dashboard: { args: { query: DashboardQuery }; result: Dashboard };
  model_comparison: { args: { query: DashboardQuery }; result: ModelComparisonDto };
  import_preview: { args: { path: string; encoding: string | null }; result: ImportPreview };
  import_file: { args: { path: string; kind: FileKind; createSources: boolean; encoding: string | null }; result: ImportOutcome };
  import_progress: { args: {  }; result: ImportProgress };
  preview_call_log: { args: { path: string; format: CallFormat | null; columns: string | null; encoding: string | null }; result: CallPreviewDto };
  import_call_log: { args: { path: string; format: CallFormat | null; columns: string | null; encoding: string | null }; result: CallImportOutcome };
  unlogged_calls: { args: { days: number }; result: Array<UnloggedCallDto> };
  calls_stored: { args: {  }; result: boolean };
  dismiss_call: { args: { id: number; reason: NotLeadReason }; result: LoggedInquiry };
  report_preview: { args: { query: ReportQuery }; result: ReportPreview };
  pin_status: { args: {  }; result: PinStatus };
  set_pin: { args: { current: string | null; new: string }; result: PinStatus };
  clear_pin: { args: { current: string }; result: PinStatus };
  unlock: { args: { pin: string }; result: PinStatus };
  lock_pin: { args: {  }; result: PinStatus };
  pick_import_file: { args: {  }; result: string | null };
  pick_invite_file: { args: {  }; result: string | null };
  pick_certificate_file: { args: {  }; result: string | null };
  save_invite: { args: { ca: string; host: string; port: number }; result: string | null };
  export_file: { args: { kind: FileKind }; result: ExportOutcome | null };
  export_call_log: { args: {  }; result: ExportOutcome | null };
  save_template: { args: { kind: FileKind }; result: ExportOutcome | null };
  save_report: { args: { query: ReportQuery }; result: SavedReport | null };
}
