// Fluent messages for the UI, read from the same ui/locales/*.ftl files the
// PDF report uses. Numbers and dates are formatted with Intl (format.ts) and
// passed in as text, as the Rust side does.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import en from "../../locales/en.ftl?raw";
import de from "../../locales/de.ftl?raw";
import nl from "../../locales/nl.ftl?raw";
import sv from "../../locales/sv.ftl?raw";
import ru from "../../locales/ru.ftl?raw";

import type { Language } from "../bindings";
import { LANGUAGES } from "./choices";

// The languages are the backend's (`i18n::Language`), listed in choices.ts.
export { LANGUAGES };
export type Lang = Language;
const SOURCES: Record<Lang, string> = { en, de, nl, sv, ru };

function build(lang: Lang): FluentBundle {
  const b = new FluentBundle(lang, { useIsolating: false });
  b.addResource(new FluentResource(SOURCES[lang]));
  return b;
}

const bundles = new Map<Lang, FluentBundle>();
function bundle(lang: Lang): FluentBundle {
  let b = bundles.get(lang);
  if (!b) {
    b = build(lang);
    bundles.set(lang, b);
  }
  return b;
}

/** The current language; components re-render when it changes. */
export const locale = $state({ lang: "en" as Lang });

export function setLanguage(lang: string) {
  locale.lang = (LANGUAGES as readonly string[]).includes(lang) ? (lang as Lang) : "en";
  if (typeof document !== "undefined") document.documentElement.lang = locale.lang;
}

/** The message `id` in the current language (English, then the id, as fallback). */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  for (const lang of [locale.lang, "en" as Lang]) {
    const b = bundle(lang);
    const m = b.getMessage(id);
    if (m?.value) return b.formatPattern(m.value, args ?? null, []);
  }
  return id;
}

/** The built-in source and channel that stand for "not known". They are
 * stored as "Unknown" in every language, because the backend finds them by
 * that name, and shown in the user's language. */
export const UNKNOWN = "Unknown";
export const sourceLabel = (name: string) => (name === UNKNOWN ? t("source-unknown") : name);
export const channelLabel = (name: string) => (name === UNKNOWN ? t("channel-unknown") : name);

/** Message ids of one language, for the test that all languages match. */
export function messageIds(lang: Lang): string[] {
  return [...SOURCES[lang].matchAll(/^([a-z][a-z0-9-]*)\s*=/gm)].map((m) => m[1]);
}
