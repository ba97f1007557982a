// Numbers, money and dates in the user's language with Intl. Amounts arrive
// as decimal strings and are handed to Intl as strings, so no float rounding
// happens before display.
const tags: Record<string, string> = { en: "en-GB", de: "de-DE", nl: "nl-NL", sv: "sv-SE", ru: "ru-RU" };
export const localeTag = (lang: string) => tags[lang] ?? "en-GB";

type Num = string | number | null | undefined;

function fmt(lang: string, v: Num, opts: Intl.NumberFormatOptions): string {
  if (v === null || v === undefined || v === "") return "–";
  // Intl.NumberFormat formats decimal strings exactly.
  return new Intl.NumberFormat(localeTag(lang), opts).format(v as unknown as number);
}

export const money = (lang: string, v: Num, currency: string, digits = 0) =>
  fmt(lang, v, { style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
export const number = (lang: string, v: Num, digits = 0) =>
  fmt(lang, v, { minimumFractionDigits: 0, maximumFractionDigits: digits });
export const pct = (lang: string, v: Num, digits = 1) =>
  v === null || v === undefined ? "–" : fmt(lang, v, { maximumFractionDigits: digits, minimumFractionDigits: digits }) + " %";
export const signedPct = (lang: string, v: Num) =>
  v === null || v === undefined ? "–" : fmt(lang, v, { maximumFractionDigits: 1, minimumFractionDigits: 1, signDisplay: "exceptZero" }) + " %";

export function date(lang: string, iso: string | null | undefined): string {
  if (!iso) return "–";
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  return new Intl.DateTimeFormat(localeTag(lang), { dateStyle: "medium", timeZone: "UTC" }).format(Date.UTC(y, m - 1, d));
}

export function dateTime(lang: string, iso: string): string {
  const [day, time = "00:00"] = iso.split("T");
  return `${date(lang, day)} ${time.slice(0, 5)}`;
}

export function monthName(lang: string, month: number): string {
  return new Intl.DateTimeFormat(localeTag(lang), { month: "short", timeZone: "UTC" }).format(Date.UTC(2001, month - 1, 1));
}

/** A typed amount ("1.234,50", "1,234.50", "€ 1200") as a plain decimal string, or null. */
export function parseAmount(text: string, lang: string): string | null {
  if (/[a-z]/i.test(text)) return null;
  let s = text.replace(/[\s\u00a0\u202f'€$£₽]/g, "");
  if (s === "") return "0";
  const commas = (s.match(/,/g) ?? []).length;
  const dots = (s.match(/\./g) ?? []).length;
  let dec: string | null = null;
  if (commas && dots) dec = s.lastIndexOf(",") > s.lastIndexOf(".") ? "," : ".";
  else if (commas === 1) dec = lang === "en" && /,\d{3}$/.test(s) ? null : ",";
  else if (dots === 1) dec = lang !== "en" && /\.\d{3}$/.test(s) ? null : ".";
  // Whatever is not the decimal separator groups thousands.
  s = s.replace(dec === "," ? /\./g : dec === "." ? /,/g : /[.,]/g, "");
  if (dec === ",") s = s.replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(s) ? s : null;
}

/** A plain decimal string times 10^places, exactly: the digits move, no
 * float ever holds the value ("35" and -2 give "0.35"). */
export function shiftDecimal(v: string, places: number): string {
  const neg = v.startsWith("-");
  const [int, frac = ""] = (neg ? v.slice(1) : v).split(".");
  let digits = int + frac;
  let point = int.length + places;
  if (point < 0) {
    digits = "0".repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += "0".repeat(point - digits.length);
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, "") || "0";
  const rest = digits.slice(point).replace(/0+$/, "");
  return (neg ? "-" : "") + whole + (rest ? "." + rest : "");
}

/** Digits of a phone number, for matching tracking numbers as they are typed. */
export const digits = (s: string) => s.replace(/\D/g, "");

export const todayIso = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};
