// The log-inquiry form's rules, apart from the screen so they can be tested:
// number keys for the most used sources, the tracking number that picks the
// source as it is typed (the same rule as src/phone.rs), and the input sent
// to `log_inquiry`.
import type { InquiryDto, InquiryInput, InquiryKind, LogKeyDto, SourceDto } from "../bindings";

// The kinds are the backend's (`model::InquiryKind`), listed in choices.ts.
export { KINDS } from "./choices";

export interface LogForm {
  id: string | null;
  receivedAt: string | null;
  kind: InquiryKind;
  company: string;
  contact: string;
  phone: string;
  email: string;
  sourceId: number | null;
  touchpoints: { sourceId: number; date: string }[];
  isLead: boolean;
  notes: string;
  /** The stored inquiry's version when editing: a save over a newer one is refused. */
  version: number | null;
}

export function emptyForm(kind: InquiryKind = "call"): LogForm {
  return { id: null, receivedAt: null, kind, company: "", contact: "", phone: "", email: "", sourceId: null, touchpoints: [], isLead: true, notes: "", version: null };
}

export function formFrom(i: InquiryDto): LogForm {
  return {
    id: i.id,
    receivedAt: i.received_at,
    kind: i.kind,
    company: i.company ?? "",
    contact: i.contact ?? "",
    phone: i.phone ?? "",
    email: i.email ?? "",
    sourceId: i.source_id,
    touchpoints: i.touchpoints.map((t) => ({ sourceId: t.source_id, date: t.date })),
    isLead: i.is_lead,
    notes: i.notes ?? "",
    version: i.version,
  };
}

/** Digits without international or trunk prefix; null under four digits. */
export function normalisePhone(raw: string): string | null {
  const d = raw.replace(/\D/g, "");
  let s = d;
  if (d.startsWith("00")) s = d.slice(2);
  else if (raw.trimStart().startsWith("+")) s = d;
  else if (d.startsWith("0")) s = d.slice(1);
  return s.length >= 4 ? s : null;
}

export function sameLine(a: string, b: string): boolean {
  if (a === b) return true;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  const diff = long.length - short.length;
  return short.length >= 6 && diff >= 1 && diff <= 3 && long.endsWith(short);
}

/** The source whose tracking number was dialled, if any. */
export function sourceByPhone(phone: string, sources: SourceDto[]): SourceDto | null {
  const n = normalisePhone(phone);
  if (!n) return null;
  for (const s of sources) {
    for (const t of s.tracking_numbers) if (sameLine(t, n)) return s;
  }
  return null;
}

/**
 * What a key press in the source picker chooses: 1–9 the source the backend
 * put on that key (pinned, or by the rule the Sources screen states), 0
 * Unknown. Null for other keys and for a key with no source.
 */
export function sourceForKey(key: string, keys: LogKeyDto[], unknownId: number | null): number | null {
  if (key === "0") return unknownId;
  if (/^[1-9]$/.test(key)) return keys.find((k) => k.key === Number(key))?.source.id ?? null;
  return null;
}

/** Sources whose name or channel contains `text`, best (prefix) matches first. */
export function filterSources(text: string, sources: SourceDto[]): SourceDto[] {
  const q = text.trim().toLowerCase();
  if (!q) return [];
  const hits = sources.filter((s) => s.name.toLowerCase().includes(q) || s.channel.toLowerCase().includes(q));
  return hits.sort((a, b) => Number(!a.name.toLowerCase().startsWith(q)) - Number(!b.name.toLowerCase().startsWith(q)) || b.uses - a.uses);
}

/** Why the form cannot be saved yet (a message id), or null. */
export function missing(form: LogForm, tagged: SourceDto | null): string | null {
  if (form.sourceId === null && !tagged) return "ui-log-need-source";
  return null;
}

export function toInput(form: LogForm): InquiryInput {
  const opt = (s: string) => (s.trim() === "" ? null : s.trim());
  return {
    id: form.id,
    received_at: form.receivedAt,
    kind: form.kind,
    company: opt(form.company),
    contact: opt(form.contact),
    phone: opt(form.phone),
    email: opt(form.email),
    source_id: form.sourceId,
    touchpoints: form.touchpoints.map((t) => ({ source_id: t.sourceId, date: t.date })),
    is_lead: form.isLead,
    notes: opt(form.notes),
    version: form.id === null ? null : form.version,
  };
}
