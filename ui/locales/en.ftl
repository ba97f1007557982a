### Leadledger — English. Shared by the desktop UI and the PDF report.
### Every other language file has exactly these message ids.
### Numbers, money and dates arrive already formatted for the language.
### Long words may carry soft hyphens (U+00AD) where a narrow column may break them.

## Common

common-na = n/a
common-days = { $value } days
common-none = none

## Periods

period-range = { $from } – { $to }
period-quarter = Q{ $number }
period-month-1 = Jan
period-month-2 = Feb
period-month-3 = Mar
period-month-4 = Apr
period-month-5 = May
period-month-6 = Jun
period-month-7 = Jul
period-month-8 = Aug
period-month-9 = Sep
period-month-10 = Oct
period-month-11 = Nov
period-month-12 = Dec

## Channel directions and the channels a new database starts with

direction-inbound = Inbound
direction-outbound = Outbound
channel-trade-shows = Trade shows
channel-online-directories = Online directories
channel-paid-search = Paid search
channel-organic-search = Organic search
channel-referral = Referral
channel-existing-customer = Existing customer
channel-email = Email
channel-direct-mail = Direct mail
channel-social = Social media
channel-print = Print
channel-website-direct = Website direct
channel-outbound-sales = Outbound sales
channel-unknown = Unknown
source-unknown = Unknown

## The demo company's descriptive source names; proper names (Google Ads, Hannover Messe) stay as they are

demo-source-google-organic = Google organic
demo-source-customer-referral = Customer referral
demo-source-existing-customer = Existing customer
demo-source-newsletter = Newsletter
demo-source-direct-mail = Direct mail campaign
demo-source-website-direct = Website direct
demo-source-cold-calling = Cold calling

## Attribution models

model-first-touch = First touch
model-first-touch-definition = Each lead gives all its credit to the source where the prospect first heard of you (the answer to “Where did you hear about us?”).
model-last-touch = Last touch
model-last-touch-definition = Each lead gives all its credit to its most recent touchpoint.
model-linear = Linear
model-linear-definition = Each lead shares its credit equally among all its touchpoints.
model-position-based = Position-based
model-position-based-definition = 40% of the credit goes to the first touchpoint and 40% to the last; the remaining 20% is shared among the touchpoints in between. With two touchpoints, each gets half.
model-time-decay = Time decay
model-time-decay-definition = Touchpoints closer to the lead’s latest contact get more credit: a touchpoint’s weight halves for every { $count ->
    [one] day
   *[other] { $days } days
} it lies further back.
model-data-driven = Data-driven
model-data-driven-definition = Each lead shares its credit among the sources it came through, in proportion to how much each raises the chance that a lead becomes an order, estimated from the paths of all leads in the period (a Markov chain). Its orders and revenue follow the same shares, so a lead with one source gives that source everything; when none of its sources changes the chance, it shares equally, as under the linear model.
model-fallback = The data-driven model cannot be estimated for this period (no lead became an order, or no source changes the chance that one does), so the figures use the linear model instead.

## Figures: names and plain-words definitions

figure-leads = Leads
figure-leads-definition = Inquiries that are real sales opportunities: spam, vendors’ sales pitches, duplicates and reorders from existing customers do not count. A channel or source gets the share of each lead that the attribution model credits to it.
figure-spend = Marketing spend
figure-spend-definition = Everything booked as marketing and sales spend in the period: advertising, trade shows, staff, software, overheads. A channel or source shows only the spend booked to it.
figure-revenue = Revenue from marketing
figure-revenue-definition = The value of the orders won in the period that came from a lead, credited to sources by the attribution model.
figure-total-revenue = Total revenue
figure-total-revenue-definition = The value of all orders won in the period, reorders from existing customers included.
figure-roi-pct = ROI
figure-roi-pct-definition = Return on investment: revenue from marketing times the gross margin, less the spend, as a percentage of the spend. 0% means the spend was exactly earned back.
figure-romi = ROMI
figure-romi-definition = Revenue from marketing for each unit of currency spent.
figure-cpl = Cost per lead
figure-cpl-definition = Spend divided by the number of leads: what one lead cost.
figure-won-deals = Won deals
figure-won-deals-definition = Orders won in the period that came from a lead.
figure-deal-conversion-pct = Conversion ratio
figure-deal-conversion-pct-definition = Won deals as a percentage of leads.
figure-lead-to-customer-pct = Lead-to-customer rate
figure-lead-to-customer-pct-definition = Of the leads received in the period, the share that led to at least one won order by the end of the period.
figure-new-customers = New customers
figure-new-customers-definition = Companies whose first order ever was won in the period.
figure-cac = Customer acquisition cost
figure-cac-definition = All spend in the period divided by the number of new customers: what winning one new customer cost.
figure-cac-inbound = CAC inbound
figure-cac-inbound-definition = Spend on inbound channels (those through which customers find you) per new customer won through them.
figure-cac-outbound = CAC outbound
figure-cac-outbound-definition = Spend on outbound channels (those through which you approach customers) per new customer won through them.
figure-value-converted-pct = Sales target achieved
figure-value-converted-pct-definition = Total revenue as a percentage of the year’s sales target; for a shorter period the target is prorated by days.
figure-sales-cycle-days = Sales cycle
figure-sales-cycle-days-definition = The average number of days from the inquiry to the won order.
figure-sales-cycle-median-days = Sales cycle (median)
figure-sales-cycle-median-days-definition = The middle of the days from inquiry to won order: half of the orders were won faster, half slower.
figure-visitor-to-lead-pct = Visitor-to-lead rate
figure-visitor-to-lead-pct-definition = Leads as a percentage of website visitors.
figure-unknown-source-pct = Untracked leads
figure-unknown-source-pct-definition = The share of leads whose first touch is unknown because nobody recorded where the prospect heard about you. The lower, the more reliable every other figure.
figure-retention-pct = Customer retention
figure-retention-pct-definition = Of the customers who ordered in the same period a year earlier, the share who ordered again in this period.
figure-clv = Customer lifetime value
figure-clv-definition = What a customer brings in over the whole relationship: average order value × orders per year × years as a customer.
figure-clv-to-cac = CLV : CAC
figure-clv-to-cac-definition = Customer lifetime value divided by customer acquisition cost: how many times a customer pays back what it cost to win them.
figure-calls = Inbound calls
figure-calls-definition = Answered inbound calls from outside numbers in the phone system's log that started in the period.
figure-calls-logged-pct = Calls logged
figure-calls-logged-pct-definition = The share of inbound calls matched to an inquiry of kind call from the same number logged within 30 minutes of the call, × 100.
figure-calls-tracked-pct = Calls to tracking numbers
figure-calls-tracked-pct-definition = The share of inbound calls placed to a source's tracking number, × 100.
figure-calls-source-mismatch = Said ≠ dialled
figure-calls-source-mismatch-definition = Logged calls to a tracking number whose inquiry names another source than the one dialled (Unknown not counted).
figure-won-leads = Leads won
figure-won-leads-definition = Of the leads received in the period, those that led to at least one won order by the end of the period.
figure-qualified-leads = Qualified leads
figure-qualified-leads-definition = Leads received in the period that were marked qualified (a real requirement, a buyer, a timeline) by the end of the period.
figure-qualified-pct = Qualification rate
figure-qualified-pct-definition = Qualified leads as a percentage of the period’s leads.
figure-cost-per-qualified-lead = Cost per qualified lead
figure-cost-per-qualified-lead-definition = Spend divided by the number of qualified leads.
figure-quoted-leads = Quoted leads
figure-quoted-leads-definition = Leads received in the period that got a quote by the end of the period.
figure-quote-rate-pct = Quote rate
figure-quote-rate-pct-definition = Quoted leads as a percentage of the period’s leads (a lead may be quoted without having been marked qualified).
figure-quotes = Quotes sent
figure-quotes-definition = Quotes dated in the period.
figure-quoted-value = Value quoted
figure-quoted-value-definition = The total amount of the quotes dated in the period.
figure-quote-hit-rate-pct = Quote hit rate
figure-quote-hit-rate-pct-definition = Of the quotes decided in the period, the share that was won.
figure-quote-to-order-days = Quote to order
figure-quote-to-order-days-definition = The average number of days from the quote to the won order, over the orders won in the period that had a quote, reorders included.
figure-quote-to-order-median-days = Quote to order (median)
figure-quote-to-order-median-days-definition = The middle of the days from quote to won order: half of the orders came faster, half slower.
figure-cohort-revenue = Cohort revenue so far
figure-cohort-revenue-definition = What the leads received in the period have ordered up to today, whenever the order came.
figure-cohort-roi-pct = Cohort ROI so far
figure-cohort-roi-pct-definition = The cohort revenue so far times the gross margin, less the period’s spend, as a percentage of that spend.
figure-cohort-maturity-pct = Cohort maturity
figure-cohort-maturity-pct-definition = How much of a year’s leads’ revenue has usually arrived at the age this period’s leads have now, read from the leads of the five years before.
figure-cohort-expected-revenue = Expected cohort revenue
figure-cohort-expected-revenue-definition = What the period’s leads will likely bring in all: their revenue so far divided by the maturity.
figure-cohort-expected-roi-pct = Expected cohort ROI
figure-cohort-expected-roi-pct-definition = The ROI the period’s spend will likely earn once its slow buyers have ordered, from the expected cohort revenue.

## Where a figure stands against the range expected from earlier years

status-below = Below range
status-within = Within range
status-above = Above range

## Warnings about the data

warning-empty-period = The period { $from } – { $to } has no day on or before the as-of date { $asof }, so every figure is empty.
warning-unresolved-source = Some records refer to sources that no longer exist; they were counted as Unknown.
warning-data-driven-fallback = { model-fallback }
warning-unknown-source-high = For { $pct } of the leads nobody recorded where the prospect heard about you. Ask every inquirer “Where did you hear about us?” and record the answer.
warning-prior-year-missing = No records are dated { $from } – { $to }, so the comparison with the year before is missing.
warning-small-sample = The figures of the sources listed below rest on a small sample (fewer than 10 leads or fewer than 3 won deals in the period); read their ratios with caution.
warning-small-sample-source = { $source }: too few leads ({ $leads }) or won deals ({ $won }) in the period to rely on its ratios.
warning-none = No warnings for this period.

## Charts

chart-leads-title = Leads per month
chart-roi-title = ROI by channel
chart-money-title = Spend and revenue from marketing per quarter
chart-no-data = No data in this period.
chart-roi-undefined = No ROI without spend: { $channels }.

## The management report

report-title = Marketing report
report-subtitle = Leads, costs and returns by channel and source
report-unnamed-company = Company name not set
report-cover-period = Period
report-cover-as-of = Data as of
report-cover-model = Attribution model
report-cover-currency = Currency
report-cover-ytd = Year to date
report-cover-ytd-note = This report covers the year to date, { $from } – { $to }. Every comparison with earlier years uses the same span of those years, e.g. { $prevfrom } – { $prevto } last year.
report-cover-ptd = To date
report-cover-ptd-note = This report covers the period up to the as-of date, { $from } – { $to }. Every comparison with earlier years uses the same span of those years, e.g. { $prevfrom } – { $prevto } last year.
report-cover-highlights = At a glance
report-footer-page = Page { $page } of { $pages }
report-footer-made = Prepared with Leadledger · data as of { $date }
report-no-data = No data in this period.
report-summary-title = Key figures
report-summary-intro = Each figure for { $period }, against the same period a year earlier and against the range expected from the trend of up to five earlier years. A figure outside that range deserves a closer look; whether higher is better depends on the figure.
report-col-figure = Figure
report-col-value = This period
report-col-prev = Year before
report-col-change = Change
report-col-expected = Expected range
report-col-status = Assessment
report-col-channel = Channel
report-col-source = Source
report-change-points = { $value } pp
report-channels-title = By channel
report-channels-intro = Leads, deals and revenue are credited to channels and sources by the { $model } model.
report-sources-title = By source
report-row-general-spend = Spend not booked to a source
report-row-total = Company total
report-inactive-channels = { $count ->
    [one] One channel had no leads, spend or revenue in the period and is not listed.
   *[other] { $shown } channels had no leads, spend or revenue in the period and are not listed.
}
report-inactive-sources = { $count ->
    [one] One source had no leads, spend or revenue in the period and is not listed.
   *[other] { $shown } sources had no leads, spend or revenue in the period and are not listed.
}
report-charts-title = Charts
report-models-title = Attribution models compared
report-models-intro = The company totals do not depend on the attribution model; how they are shared among the channels does. Each column shows the channels’ figures under one model. Where the models disagree strongly, a channel’s figures rest on how credit is shared.
report-models-leads = Leads by channel
report-models-revenue = Revenue from marketing by channel
report-quality-title = Data quality and warnings
report-quality-intro = Every figure in this report is only as good as the records behind it. These checks show where the data is thin or incomplete.
report-quality-records = Leads in the period
report-quality-sources = Sources with activity
report-quality-warnings = Warnings
report-quality-small-sample = Small samples
report-calls-title = Calls: is every caller asked?
report-calls-intro = The phone system's call log held against the inquiries logged. Counted are answered inbound calls from outside numbers; a call is logged when an inquiry of kind call from the same number was received within 30 minutes of it.
report-calls-count = Inbound calls
report-calls-logged = Calls logged
report-calls-tracked = Calls to tracking numbers
report-calls-mismatch = Said ≠ dialled
report-calls-expected = Calls logged, expected from prior years
report-calls-meaning = { $logged } of the callers were logged, so the figures by source see only that share of the phone's inquiries. { $tracked } dialled a tracking number, which names the source even when nobody asked. { $mismatch ->
    [0] No caller named another source than the number they dialled.
    [one] One caller named another source than the number they dialled.
   *[other] { $mismatch } callers named another source than the number they dialled.
}
report-calls-low = Fewer than 90 % of calls were logged: ask every caller where they heard about us, or the phone's share of leads is undercounted.
report-calls-none = The call log holds no answered calls from outside numbers in this period.
report-definitions-title = Definitions
report-definitions-intro = All figures follow Leadledger’s metric definitions. Money is rounded to 2 decimals and percentages to 1 decimal only for display; “{ common-na }” marks a figure that cannot be computed because its denominator is zero.
report-definitions-figures = Figures
report-definitions-models = Attribution models

## Desktop app (ui-…): navigation, screens and forms

ui-nav-log = Log inquiry
ui-nav-inquiries = Inquiries & deals
ui-nav-dashboard = Dashboard
ui-nav-spend = Spend
ui-nav-sources = Sources
ui-nav-import = Import & export
ui-nav-settings = Settings
ui-unnamed-company = Company name not set
ui-demo-banner = You are exploring the demo company. Nothing you enter here is kept.
ui-save = Save
ui-saved = Saved.
ui-cancel = Cancel
ui-close = Close
ui-add = Add
ui-edit = Edit
ui-remove = Remove
ui-undo = Undo
ui-previous = Previous
ui-next = Next
ui-search = Search company, contact, phone, source…
ui-showing = { $from }–{ $to } of { $total }
ui-show-table = Show table
ui-show-chart = Show chart
ui-date = Date
ui-amount = Amount
ui-note = Note
ui-total = Total
ui-from = From
ui-to = To
ui-year = Year
ui-quarter = Quarter
ui-month = Month
ui-channel = Channel
ui-source = Source
ui-category = Category
ui-direction = Direction
ui-direction-inbound = Inbound
ui-direction-outbound = Outbound
ui-direction-shared = Shared
ui-language-en = English
ui-language-de = Deutsch
ui-language-nl = Nederlands
ui-language-sv = Svenska
ui-language-ru = Русский

ui-welcome-title = Welcome to Leadledger
ui-welcome-intro = See which marketing brings inquiries, quotes and orders, and what each one costs.
ui-welcome-demo = Explore the demo company
ui-welcome-demo-text = Five years of a small job shop with trade shows, directories, search ads and referrals. Try every screen; nothing is saved.
ui-welcome-start = Set up my company
ui-welcome-currency-note = The currency cannot be changed later: every amount is stored in it.

ui-log-title = Log an inquiry
ui-log-source = Where did you hear about us?
ui-log-source-hint = Press 1–9 for a frequent source, 0 for unknown, or type to search
ui-log-source-matches = Matching sources
ui-log-company-suggestions = Earlier companies
ui-log-unknown = Unknown
ui-log-tagged = Tracking number: { $source }
ui-log-need-source = Choose where the caller heard about us (0 if they don't know).
ui-log-kind = Kind
ui-log-company = Company
ui-log-contact = Contact
ui-log-phone = Phone
ui-log-email = E-mail
ui-log-touchpoint = Also heard via
ui-log-add-touchpoint = Add another touchpoint
ui-log-date = Date
ui-log-is-lead = Counts as a lead
ui-log-not-lead-hint = Spam, vendors and reorders are not leads.
ui-log-editing = Editing { $id }
ui-log-recent = Last entries
ui-log-none-yet = Nothing logged yet today.
ui-log-saved = Saved { $id } · { $source }
ui-log-waiting = Waiting to send
ui-log-kept-offline = The team server cannot be reached: the entry is kept on this computer and sent as soon as the server is back.
ui-log-refused = Not sent: { $reason }
ui-offline-banner = Offline: the team server cannot be reached. What you see was last read { $when }. New inquiries on Log inquiry are kept and sent later.
ui-offline-banner-never = Offline: the team server cannot be reached, and nothing has been read from it yet. New inquiries on Log inquiry are kept and sent later.
ui-offline-type-password = Type the password
ui-offline-waiting = { $count ->
    [one] One entry is waiting to be sent.
   *[other] { $count } entries are waiting to be sent.
}
ui-log-received = Received
ui-log-edit-undone = Changes to { $id } undone.
ui-log-known-customer = Existing customer: { $company } ({ $orders ->
    [one] one order
   *[other] { $orders } orders
 }, last on { $last }).
ui-log-mark-reorder = Reorder, not a lead
ui-log-marked-reorder = Logged as a reorder, not a lead.
ui-calls-queue-title = Calls nobody logged, last { $days } days
ui-calls-queue-keys = Alt Q: to the list · ↑ ↓ choose · Enter: log it · N: not a lead · Esc: back
ui-calls-queue-empty = Every call of the last { $days } days is logged.
ui-calls-duration = Duration
ui-calls-untracked = No tracking number
ui-calls-not-lead-because = Not a lead – why?
ui-calls-reason-supplier = Supplier
ui-calls-reason-existing-customer = Existing customer
ui-calls-reason-private = Private call
ui-calls-reason-wrong-number = Wrong number
ui-calls-open = Log this call
ui-calls-not-lead = Not a lead
ui-calls-dismissed = Logged { $id } as not a lead · { $reason }
ui-keys-title = Number keys on the Log screen
ui-keys-rule = Pinned sources keep their key. The other keys go, in order, to the sources named most often in the last 90 days; they are handed out when the file is opened and do not move while you work.
ui-keys-pin = Source on key { $key }
ui-keys-by-rule = by the rule
ui-keys-pinned = pinned
ui-keys-unpin = Unpin
ui-keys-free = free
ui-kind-call = Call
ui-kind-rfq = RFQ
ui-kind-email = E-mail
ui-kind-web_form = Web form
ui-kind-walk_in = Walk-in
ui-kind-trade_show = Trade show
ui-kind-other = Other

ui-col-received = Received
ui-col-id = No.
ui-col-lead = Lead
ui-col-actions = Actions
ui-col-deals = Quotes and orders
ui-col-deal = Deal
ui-col-quoted = Quoted
ui-col-closed = Closed
ui-col-status = Status
ui-deal-open = Open
ui-deal-won = Won
ui-deal-lost = Lost
ui-deal-mark-won = Mark won
ui-deal-mark-lost = Mark lost
ui-deal-final-amount = Final amount
ui-deal-reason = Reason
ui-deal-add-quote = Add quote

ui-spend-all = All spend
ui-spend-bad-amount = “{ $text }” is not an amount.
ui-spend-bad-date = Date: enter a date from 1900 to 2200.
ui-spend-cell = { $source }, { $month }
ui-spend-general = General spend
ui-spend-general-hint = Salaries, software and overhead that belong to no single source. Direction decides which customer acquisition cost they count towards.
ui-spend-no-general = No general spend this year.
ui-spread = Spread over
ui-spread-months = { $count ->
    [one] one month
   *[other] { $count } months
}
ui-category-advertising = Advertising
ui-category-labor = Salaries
ui-category-software = Software
ui-category-overhead = Overhead
ui-category-distribution = Freight & postage
ui-category-events = Events
ui-category-other = Other

ui-sources-add = New source
ui-sources-edit = Edit source
ui-sources-discard-question = The form has changes that are not saved. Discard them?
ui-sources-discard = Discard changes
ui-sources-keep-editing = Keep editing
ui-sources-name = Name
ui-sources-numbers = Tracking numbers (comma-separated)
ui-sources-uses = { $count ->
    [one] one inquiry
   *[other] { $count } inquiries
}
ui-sources-new-channel = New channel
ui-sources-channel-similar = Use the existing channel “{ $channel }”?
ui-sources-channel-use = Use “{ $channel }”
ui-sources-channel-create = Create new channel “{ $channel }”
ui-sources-merge = Merge sources
ui-sources-merge-hint = Moves every inquiry, spend entry and tracking number of one source to another, then removes the first.
ui-sources-merge-from = Merge
ui-sources-merge-into = into
ui-sources-merge-confirm = Everything of “{ $from }” moves to “{ $into }”.
ui-sources-read-only = Only the owner adds, changes, merges or removes sources, channels and tracking numbers; your role in the team reads them.

ui-period = Period
ui-period-ytd = Year to date
ui-period-year = Year
ui-period-quarter = Quarter
ui-period-month = Month
ui-period-custom = Custom
ui-model = Attribution
ui-vs-last-year = { $change } vs. last year
ui-expected = Expected { $range }
ui-untracked-alarm = { $pct } of leads have no known source
ui-untracked-advice = Ask every caller “Where did you hear about us?” — the figures by channel are only as good as that answer.
ui-calls-logged = Calls logged
ui-calls-summary = { $calls ->
    [one] { $calls } inbound call
   *[other] { $calls } inbound calls
} · { $tracked } to tracking numbers
ui-calls-alarm = Only { $pct } of answered calls were logged
ui-calls-alarm-advice = Every call not logged is a caller nobody asked where they heard about us. The queue on the Log screen lists them.
ui-calls-mismatches-title = Said ≠ dialled
ui-calls-mismatches-intro = These callers named another source than the tracking number they dialled. Both are kept as they are; the figures read what the caller said.
ui-calls-col-time = Call
ui-calls-col-number = Number
ui-calls-col-said = Said
ui-calls-col-dialled = Dialled
ui-calls-col-inquiry = Inquiry
ui-chart-leads = Leads per month, { $year } against the two years before
ui-chart-cpl = Cost per lead by source
ui-warnings = Warnings
ui-compare-models = Attribution models compared
ui-compare-models-show = Compare all models

ui-import-title = Import a CSV file
ui-import-choose = Choose file…
ui-import-path = File
ui-import-preview = Preview
ui-import-encoding = Encoding
ui-import-delimiter = Delimiter
ui-import-decimal = Decimal separator
ui-import-dates = Dates
ui-import-kind = Records
ui-import-create-sources = Create missing sources
ui-import-run = Import
ui-import-running = Importing…
ui-import-accepted = Imported { $rows } rows: { $inserted } new, { $updated } changed, { $unchanged } unchanged.
ui-import-refused = { $count ->
    [one] Nothing was imported: one row needs fixing.
   *[other] Nothing was imported: { $count } rows need fixing.
}
ui-import-errors-file = The first { $shown } are listed here; every problem is listed in { $path }.
ui-import-row = Row
ui-import-column = Column
ui-import-reason = Problem
ui-kind-file-inquiries = Inquiries
ui-kind-file-deals = Quotes and orders
ui-kind-file-spend = Spend
ui-kind-file-sources = Sources
ui-kind-file-targets = Targets
ui-kind-file-traffic = Website visitors
ui-kind-file-activity = Activity (clicks, opens …)
ui-import-what = What the file holds
ui-import-what-records = Records (inquiries, quotes, spend …)
ui-import-what-calls = Phone system's call log
ui-calls-import-format = Layout
ui-calls-format-auto = Recognise automatically
ui-calls-format-asterisk = Asterisk / FreePBX Master.csv
ui-calls-format-fritzbox = FRITZ!Box call list
ui-calls-format-3cx = 3CX call history (version 20)
ui-calls-format-plain = Plain form
ui-calls-format-columns = Other layout, by its columns
ui-calls-import-columns = Columns of another layout
ui-calls-import-columns-hint = For a phone system not listed: name the file's columns as started_at=…,caller=…,dialled=… (started_at, caller and dialled are needed; duration_s, answered, direction, extension and call_id may follow).
ui-calls-read-as = Layout read: { $format } · encoding: { $encoding }
ui-calls-preview-counts = { $calls ->
    [one] One call from an outside number: { $new } new, { $already } stored already.
   *[other] { $calls } calls from outside numbers: { $new } new, { $already } stored already.
}
ui-calls-left-out = Left out: outgoing { $outgoing }, internal { $internal }, number withheld { $withheld }.
ui-calls-col-answered = Answered
ui-calls-answered-yes = yes
ui-calls-answered-no = no
ui-calls-imported = { $new ->
    [one] One new call stored, { $already } stored already.
   *[other] { $new } new calls stored, { $already } stored already.
}
ui-calls-tagged = { $count ->
    [one] One inquiry of unknown source now carries the source of the tracking number dialled.
   *[other] { $count } inquiries of unknown source now carry the source of the tracking number dialled.
}
ui-calls-purged = { $count ->
    [one] One call past the retention period lost its number.
   *[other] { $count } calls past the retention period lost their numbers.
}
ui-export-title = Export
ui-export-run = Export as CSV…
ui-export-done = Saved to { $path }

ui-settings-company = Company name
ui-settings-currency = Currency
ui-settings-currency-fixed = Fixed when the company was created.
ui-settings-fiscal-start = Fiscal year starts in
ui-settings-margin = Gross margin (%)
ui-settings-margin-hint = Return on investment counts this share of revenue; 100 counts revenue whole.
ui-settings-half-life = Time-decay half-life (days)
ui-settings-half-life-hint = How quickly older touchpoints lose credit in the time-decay model.
ui-settings-call-retention = Calls keep their numbers for (months)
ui-settings-call-retention-hint = A call of the phone log older than this loses its caller and dialled numbers; what the figures need is kept.
ui-settings-language = Language
ui-settings-file = Database: { $path }
ui-settings-read-only = Only the owner changes the company's settings; your role in the team reads them.
ui-backups-title = Backups
ui-backups-hint = Leadledger copies the database by itself every day (keeping 7 daily, 4 weekly and 12 monthly copies) and before every update, into the “backups” folder beside the file.
ui-backups-none = No backups yet.
ui-backups-demo = The demo company lives in memory and has no backups.
ui-backups-now = Back up now
ui-backups-done = Backup { $name } written.
ui-backups-restore = Restore…
ui-backups-col-when = Taken
ui-backups-col-kind = Kind
ui-backups-col-size = Size
ui-backups-size = { $mb } MB
ui-backup-kind-daily = Daily
ui-backup-kind-weekly = Weekly
ui-backup-kind-monthly = Monthly
ui-backup-kind-manual = Made by hand
ui-backup-kind-pre-migration = Before an update
ui-backup-kind-pre-restore = Before a restore
ui-backup-kind-damaged = Damaged file
ui-backup-kind-other = Other
ui-restore-title = Restore this backup?
ui-restore-body = The database will be replaced by the backup of { $when }. The current data is kept as a backup first, so you can go back to it.
ui-restore-confirm = Restore
ui-restore-done = Restored the backup of { $when }.
ui-damaged-banner = This database is damaged. It is open for reading only: you can look at your figures, but nothing can be changed.
ui-damaged-restore = Restore the backup of { $when }
ui-damaged-no-backup = There is no sound backup to restore. Copy the file { $file } somewhere safe before anything else.
ui-problem-corrupt-title = This database is damaged
ui-problem-corrupt-body = The file { $file } is damaged and cannot be read.
ui-problem-too-new-title = This database is from a newer version of Leadledger
ui-problem-too-new-body = The file { $file } was written by a newer version of Leadledger (database version { $found }; this version knows up to { $supported }). Update Leadledger to open it. The file was not changed.
ui-problem-not-a-database-title = This is not a Leadledger database
ui-problem-not-a-database-body = The file { $file } is not a Leadledger database, or its beginning is damaged. The file was not changed.
ui-problem-unreadable-title = The database cannot be opened
ui-problem-unreadable-body = The file { $file } could not be opened: { $reason }
ui-problem-restore-hint = Restoring keeps the current file in the backups folder.
ui-location-network-share = This database lies on a network drive ({ $detail }). Two computers using it at the same time can damage it. Keep it on this computer’s disk and share backups or exports instead.
ui-location-cloud-folder = This database lies in the cloud-sync folder “{ $detail }”. The sync can copy the file while it is being written, and changes get lost. Keep it in a local folder and let the backups go to the cloud instead.
ui-dismiss = Dismiss
ui-error-read-only = The database is damaged and open for reading only. Restore a backup before changing anything.
ui-undo-expired = This deletion can no longer be undone.
ui-error-conflict = Someone else saved a change to this record while you were editing it. It is shown here as it is now: make your change again and save.
ui-error-conflict-removed = Someone else deleted this record while you were editing it; nothing was saved.
ui-restored = Restored.
ui-deleted-inquiry = Inquiry { $id } deleted
ui-deleted-deal = Quote or order { $id } deleted
ui-deleted-spend = Spend of { $amount } on { $date } deleted
ui-deleted-source = Source “{ $label }” deleted
ui-delete-inquiry = Delete inquiry
ui-import-reading = Reading the file…
ui-import-storing = Checking and storing rows: { $done } of { $total }
ui-import-saving = Saving…
ui-import-encoding-auto = Detected ({ $name })
ui-import-encoding-guessed = The text fits more than one code page, so { $name } was chosen from your language. If names look wrong, choose the encoding above.
ui-import-kind-choose = Choose…
ui-import-kind-unknown = The header does not match one kind of record: choose what the file holds.
ui-import-read-as = Read as { $encoding }.
ui-import-channel-changed = Channel { $channel } is now { $to } (was { $from }).
ui-import-created-sources = New sources (in the Unknown channel): { $names }
ui-template-title = Templates
ui-template-hint = An empty file with the right columns, ready to fill in a spreadsheet.
ui-template-save = Save template…
ui-template-done = Template saved to { $path }

## Reports screen

ui-nav-reports = Reports
ui-reports-title = Management report
ui-reports-intro = The PDF for the owner, the partners or the bank: key figures against earlier years, channels and sources, charts and definitions. Look through the pages, then save.
ui-reports-language = Report language
ui-reports-paper = Paper
ui-reports-paper-a4 = A4
ui-reports-paper-letter = US Letter
ui-reports-preview = Preview
ui-reports-rendering = Laying out the pages…
ui-reports-save = Save PDF…
ui-reports-saving = Saving…
ui-reports-saved = { $pages ->
    [one] Saved one page to { $path }
   *[other] Saved { $pages } pages to { $path }
}
ui-reports-pages = { $count ->
    [one] One page
   *[other] { $count } pages
}
ui-reports-page = Page { $page } of { $pages }
ui-reports-open-page = Enlarge page { $page } of { $pages }
ui-reports-keys = ← → turn pages · Esc closes
ui-reports-stale = You have changed the choices since this preview. Press Preview to see the new pages.
ui-reports-empty = Press Preview to look through every page before you save the PDF.
ui-reports-error-dates = Check the dates: the period has to end after it starts, in a year Leadledger can handle.
ui-reports-error-invalid = One of the choices cannot be used; it is marked in red.
ui-reports-error-disk-full = The disk is full, so the report was not saved. Free some space and try again.
ui-reports-error-write = The report could not be saved there. Nothing was written; choose another folder.
ui-reports-error-no-company = Open the demo or your company first.

## Rows that open by keyboard, leaving the demo, what each dashboard chart shows (for screen readers)
ui-inquiries-keys = Each row opens with Enter or Space and shows its quotes and orders; the arrow keys move between rows.
ui-demo-leave = Start my company
ui-chart-leads-alt = Chart of leads per month: { $year } as bars, { $previous } and { $before } as lines
ui-chart-roi-alt = Bar chart of the ROI of each channel, in percent
ui-chart-cpl-alt = Bar chart of the cost per lead of each source, the sources with the most leads first

## Team mode: connecting to a team server, and being offline
ui-team-connect-title = Connect to a team server
ui-team-connect-text = Your team keeps its records on a PostgreSQL server. Ask whoever set it up for these details.
ui-team-host = Server
ui-team-port = Port
ui-team-database = Database
ui-team-user = User name
ui-team-password = Password
ui-team-password-note = The password is kept in this computer's key store where there is one; otherwise Leadledger asks for it at each start, unless LEADLEDGER_PASSWORD is set. Leadledger itself saves it nowhere.
ui-team-tls = Encryption
ui-team-tls-prefer = When the server offers it
ui-team-tls-require = Always
ui-team-tls-verify-full = Always, with the certificate checked
ui-team-invite-open = Open an invite file…
ui-team-invite-chosen = Invite: { $file }
ui-team-invite-clear = Enter the server by hand
ui-team-invite-note = The owner's invite names the server and lets Leadledger check its certificate; you add your user name and password.
ui-team-connect = Connect
ui-team-work-offline = Work offline meanwhile
ui-team-work-offline-note = Log inquiry keeps taking calls on this computer; they are sent once you type the password.
ui-team-connecting = Connecting…
ui-team-on = Team server: { $place }
ui-team-remembered = Last time: { $place }
ui-team-error-auth-failed = The server refused the user name or the password. Check both and try again.
ui-team-error-offline = The team server cannot be reached. Check that it is switched on and that this computer is on its network.
ui-team-error-not-found = The server has no database of this name.
ui-team-error-not-a-database = This is not a Leadledger database, or it is still empty: the owner prepares it first.
ui-team-error-server-too-old = The server runs a PostgreSQL older than version 15; Leadledger needs 15 or newer.
ui-team-error-needs-upgrade = The team database was set up by an older version of Leadledger. The owner upgrades it first (leadledger team upgrade).
ui-team-error-database-too-new = The team database is from a newer version of Leadledger. Update Leadledger on this computer.
ui-team-error-tls-failed = An encrypted connection to the server could not be made. Check the encryption setting and the server's certificate.
ui-team-error-forbidden = This login has no role in the team database yet. The owner adds you (leadledger team add-user).
ui-team-error-other = The connection failed.
ui-team-backup-failed = Today’s copy of the team database could not be made ({ $detail }). Your work is safe on the server; Leadledger tries again the next time it opens the database.
ui-error-offline = Offline: the team server cannot be reached. Nothing was changed; try again when it is back.

## Owner PIN (issue 14)
ui-pin-title = Owner PIN
ui-pin-intro = On a computer that staff share, an owner PIN locks the money screens: the dashboard's money figures, Spend, Reports, Import & export and Backups. Logging inquiries stays open.
ui-pin-is-set = An owner PIN is set. Enter the current PIN to change or remove it.
ui-pin-team = On a team database the owner PIN does not apply: the server's roles decide who sees what.
ui-pin-current = Current PIN
ui-pin-new = New PIN
ui-pin-repeat = Repeat the new PIN
ui-pin-rule = A PIN is 4 to 12 digits (0–9), nothing else.
ui-pin-mismatch = The two new PINs differ.
ui-pin-set = Set PIN
ui-pin-change = Change PIN
ui-pin-clear = Remove PIN
ui-pin-lock = Lock now
ui-pin-set-done = The PIN is set. The money screens lock when you press Lock and at the next start.
ui-pin-changed = The PIN is changed.
ui-pin-cleared = The PIN is removed; the money screens are open.
ui-pin-locked-now = The money screens are locked.
ui-pin-honest = The PIN locks these screens, not the file: the database is not encrypted, and anyone who can open the file with another program can read it.
ui-pin-forgot = Forgot the PIN? Whoever can open the database file removes it with:
ui-pin-locked-title = Locked with the owner PIN
ui-pin-locked-text = Money figures are hidden until the owner PIN is entered. Leads and the untracked share stay visible on the dashboard.
ui-pin-field = Owner PIN
ui-pin-open = Open
ui-pin-wrong = That PIN is not right.
ui-pin-wait = Too many wrong PINs. Try again in { $seconds } s.
ui-nav-lock = Lock
ui-error-locked = This is locked with the owner PIN. Enter it to open the money screens.
ui-error-forbidden = Your role in the team does not allow this; only the owner can do it.

# Settings → Team (issue 14): the owner's seat manages the people of a team database.
ui-invite-title = Invite a seat
ui-invite-hint = The invite file lets another computer connect with the server's certificate checked. It holds the server as the seats reach it, the database and the authority that signed the certificate; no user name and no password, so it may be sent by e-mail.
ui-invite-ca = Choose the authority's certificate…
ui-invite-ca-chosen = Certificate: { $file }
ui-invite-save = Save the invite…
ui-invite-saved = The invite was saved to { $file }.
ui-team-people-title = Team
ui-team-people-hint = Each person logs in with a name and password of their own. Owners see everything; sales see inquiries and deals without money figures; the front desk sees inquiries and the calls queue. The server itself refuses each role what it may not see.
ui-team-people-none = No one has been added yet.
ui-team-people-login = Login name
ui-team-people-role = Role
ui-team-people-password = Password
ui-team-people-add = Add person
ui-team-people-remove = Remove
ui-team-people-reset = New password
ui-team-people-reset-done = { $login } has a new password.
ui-team-role-owner = Owner
ui-team-role-sales = Sales
ui-team-role-desk = Front desk

# The funnel and the cohorts (issue 15).
ui-qualify = Mark qualified
ui-unqualify = Not qualified
ui-qualified = Qualified
ui-qualified-on = Qualified { $date }
ui-qualify-date = Qualified on
ui-qualify-hint = Alt+U marks the lead qualified today, or on the date beside it.
ui-open-quotes = Open quotes
ui-open-quotes-none = No quote is waiting for a decision.
ui-quote-waiting = Waiting
ui-quote-age = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
ui-funnel-title = Funnel: from lead to order
ui-funnel-alt = Bar chart of each source's leads, qualified leads, quoted leads and leads won in the period
ui-funnel-all = All sources
ui-cohort-title = Cohorts: what each year's leads brought
ui-cohort-alt = Line chart of the revenue each year's leads have brought so far, added up month by month since the year began
ui-cohort-months = Months since the year began
ui-cohort-year = Leads of
ui-cohort-expected = This year's leads will likely bring { $revenue } in all (ROI { $roi }); { $maturity } of that has usually arrived by now.
ui-cohort-unknown = No earlier year's leads have revenue yet, so this year's cannot be foreseen.
report-funnel-title = The funnel: from lead to order
report-funnel-intro = Of the leads received in the period, how many were marked qualified, how many got a quote and how many ordered. Each share is of all the period's leads, because a lead may get a quote without having been marked qualified.
report-funnel-chart = Leads, qualified, quoted and won by source
report-cohort-title = Cohorts: what each year's leads bring
report-cohort-intro = An order often comes months after the inquiry, so a year's booked revenue was mostly earned by earlier marketing. Here each year's spend is held against what that year's own leads have ordered so far, whenever they ordered; the curves show how that revenue grew month by month.
report-cohort-chart = Revenue of each year's leads by months since the year began
ui-activity-title = Channel activity per month
ui-activity-metric = Metric
ui-activity-cost-per = Cost per unit
ui-activity-none = No activity counts for this year yet. Import the clicks, impressions or opens your platforms report as a file of kind Activity.
ui-activity-total = { $metric }: { $count } in the year, { $cost } each, { $rate } became leads
ui-activity-metric-clicks = Clicks
ui-activity-metric-impressions = Impressions
ui-activity-metric-opens = Opens
ui-activity-metric-downloads = Downloads
ui-activity-metric-followers = Followers
