// Fluent messages for the UI, read from the same ui/locales/*.ftl files the
// PDF report uses. Numbers and dates are formatted with Intl (format.ts) and
// passed in as text, as the Rust side does.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import en from "../../locales/en.ftl?raw";

import type { Language } from "../bindings";
import { LANGUAGES } from "./choices";

// The languages are the backend's (`i18n::Language`), listed in choices.ts.
export { LANGUAGES };
export type Lang = Language;

// English is in the code parsed at start (it is every message's fallback);
// each other language is a chunk of its own, loaded when it is chosen, so
// that a start parses the one language it shows rather than all five.
const LOADERS = import.meta.glob<string>(["../../locales/*.ftl", "!../../locales/en.ftl"], {
  query: "?raw",
  import: "default",
});
const SOURCES: Partial<Record<Lang, string>> = { en };

/** Loads the messages of `lang` (at once for one loaded before). */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (SOURCES[lang] !== undefined) return;
  const load = LOADERS[`../../locales/${lang}.ftl`];
  if (!load) throw new Error(`no messages for ${lang}`);
  SOURCES[lang] = await load();
}

function build(lang: Lang): FluentBundle {
  const b = new FluentBundle(lang, { useIsolating: false });
  b.addResource(new FluentResource(SOURCES[lang] ?? ""));
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

// The language asked last: a slower load of one asked before it does not
// switch the page back when it arrives.
let wanted: Lang = "en";

/** Switches the page to `lang` (English for a code it does not know) once
 * its messages are loaded: at once when they are, else when the promise
 * resolves. Until then the page stays in the language it shows. */
export function setLanguage(lang: string): Promise<void> {
  const next = (LANGUAGES as readonly string[]).includes(lang) ? (lang as Lang) : "en";
  wanted = next;
  const show = () => {
    if (wanted !== next) return;
    locale.lang = next;
    if (typeof document !== "undefined") document.documentElement.lang = next;
  };
  if (SOURCES[next] !== undefined) {
    show();
    return Promise.resolve();
  }
  return loadLanguage(next).then(show);
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
  const source = SOURCES[lang];
  if (source === undefined) throw new Error(`the messages of ${lang} are not loaded`);
  return [...source.matchAll(/^([a-z][a-z0-9-]*)\s*=/gm)].map((m) => m[1]);
}
