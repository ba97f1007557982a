// The lists the screens offer, each checked against the union that the
// backend's enum generates (bindings/index.ts): a member missing from a list,
// one misspelt or one the backend does not know fails `npm run typecheck`.
// The order is the order the screens show them in. Screens import these and
// the comparisons below instead of writing the spellings themselves, because
// the type check reads .ts files and not the bodies of .svelte files.
import type {
  AttributionModel,
  CallFormat,
  DealStatus,
  Direction,
  FileKind,
  InquiryKind,
  InquirySort,
  Language,
  Paper,
  PeriodKind,
  ProblemCode,
  SpendCategory,
  SpendDirection,
} from "../bindings";

/** The members of `T` that `L` leaves out; `never` when it names them all. */
type Missing<T, L extends readonly T[]> = Exclude<T, L[number]>;

/**
 * `list` unchanged, when it names every member of `T` (at most once is the
 * reader's business; a member twice shows twice). A gap fails to compile
 * with the missing members in the message.
 */
function every<T extends string>() {
  return <const L extends readonly T[]>(
    list: L & ([Missing<T, L>] extends [never] ? unknown : { missing: Missing<T, L> }),
  ): L => list;
}

export const KINDS = every<InquiryKind>()(["call", "rfq", "email", "web_form", "walk_in", "trade_show", "other"]);
export const MODELS = every<AttributionModel>()([
  "first_touch",
  "last_touch",
  "linear",
  "position_based",
  "time_decay",
  "data_driven",
]);
export const PERIODS = every<PeriodKind>()(["ytd", "year", "quarter", "month", "custom"]);
export const LANGUAGES = every<Language>()(["en", "de", "nl", "sv", "ru"]);
export const PAPERS = every<Paper>()(["a4", "letter"]);
// The encodings Excel and the phone systems write in Europe; "" lets the
// backend detect it.
export const ENCODINGS = ["UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252", "Windows-1250", "Windows-1251"];
// "columns" is what the import says it read when a mapping was given; the
// screen offers the mapping as its own field.
export const CALL_LAYOUTS = every<CallFormat>()(["asterisk", "fritzbox", "3cx", "plain", "columns"]);
export const FILE_KINDS = every<FileKind>()(["inquiries", "deals", "spend", "sources", "targets", "traffic", "activity"]);
export const CATEGORIES = every<SpendCategory>()([
  "labor",
  "software",
  "overhead",
  "advertising",
  "distribution",
  "events",
  "other",
]);
export const DIRECTIONS = every<Direction>()(["inbound", "outbound"]);
export const SPEND_DIRECTIONS = every<SpendDirection>()(["shared", "inbound", "outbound"]);

/** The Inquiries list's default order, and the columns that start ascending. */
export const DEFAULT_SORT: InquirySort = "received_at";
export function startsAscending(col: InquirySort): boolean {
  return col !== "received_at" && col !== "deal_value";
}

/** The Fluent message naming a channel's or spend's direction. */
export function directionMsg(d: Direction | SpendDirection): string {
  return `ui-direction-${d}`;
}

/** A deal still waiting for its answer: its row offers Won and Lost. */
export function isOpen(status: DealStatus): boolean {
  return status === "open";
}

/** A file from a newer version: no backup is offered over it. */
export function isTooNew(code: ProblemCode): boolean {
  return code === "too_new";
}

/** Which fields a period choice asks for: a year (and its quarter or month), or two dates. */
export function periodFields(kind: PeriodKind): { year: boolean; quarter: boolean; month: boolean; range: boolean } {
  return {
    year: kind === "year" || kind === "quarter" || kind === "month",
    quarter: kind === "quarter",
    month: kind === "month",
    range: kind === "custom",
  };
}

/** The status a quote is recorded with. */
export const NEW_DEAL_STATUS: DealStatus = "open";
