// Numbers, money and dates in the user's language with Intl. Amounts and
// figures arrive as exact decimal strings and are rounded here once, by their
// digits, half away from zero (as the PDF and the `leadledger metrics` table
// round them: shared/spec/metrics.md); Intl only places the separators, so
// no float rounding happens before display.
const tags: Record<string, string> = { en: "en-GB", de: "de-DE", nl: "nl-NL", sv: "sv-SE", ru: "ru-RU" };
export const localeTag = (lang: string) => tags[lang] ?? "en-GB";

type Num = string | number | null | undefined;

/** A plain decimal string rounded to `digits` places, half away from zero,
 * by moving digits (no float ever holds it): "-66.8499" → "-66.8",
 * "2.45" → "2.5", "-0.05" → "-0.1"; a result of zero has no sign ("-0.04"
 * → "0.0"). Anything else comes back as it is. */
export function roundDecimal(v: string, digits: number): string {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(v.trim());
  if (!m || (m[2] === "" && !m[3])) return v;
  const [, sign, int, frac = ""] = m;
  const kept = (int + frac.padEnd(digits, "0").slice(0, digits)).split("").map(Number);
  if ((frac[digits] ?? "0") >= "5") {
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === 9) kept[i--] = 0;
    if (i < 0) kept.unshift(1); else kept[i]++;
  }
  const all = kept.join("");
  const whole = all.slice(0, all.length - digits).replace(/^0+(?=\d)/, "") || "0";
  const text = digits > 0 ? `${whole}.${all.slice(all.length - digits)}` : whole;
  return sign === "-" && /[1-9]/.test(text) ? `-${text}` : text;
}

// One formatter per language and options, made at first use: a dashboard
// formats some two hundred figures as it is drawn, and making an Intl
// formatter costs far more than using one.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(make: new (tag: string, o: object) => T, kind: string, lang: string, opts: object): T {
  const key = `${kind} ${lang} ${JSON.stringify(opts)}`;
  let f = formatters.get(key) as T | undefined;
  if (!f) {
    f = new make(localeTag(lang), opts);
    formatters.set(key, f);
  }
  return f;
}

function fmt(lang: string, v: Num, opts: Intl.NumberFormatOptions): string {
  if (v === null || v === undefined || v === "") return "–";
  // Rounded once here; Intl then sees no more digits than it shows.
  const value = typeof v === "string" ? roundDecimal(v, opts.maximumFractionDigits ?? 0) : v;
  return formatter(Intl.NumberFormat, "n", lang, opts).format(value as unknown as number);
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
  return formatter(Intl.DateTimeFormat, "d", lang, { dateStyle: "medium", timeZone: "UTC" }).format(Date.UTC(y, m - 1, d));
}

export function dateTime(lang: string, iso: string): string {
  const [day, time = "00:00"] = iso.split("T");
  return `${date(lang, day)} ${time.slice(0, 5)}`;
}

export function monthName(lang: string, month: number): string {
  return formatter(Intl.DateTimeFormat, "d", lang, { month: "short", timeZone: "UTC" }).format(Date.UTC(2001, month - 1, 1));
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
