// The app's texts in the assessment's language: Project Fluent (@fluent/bundle), reading the
// same catalogue folder as the Rust side (src-tauri/crates/i18n/locales/<lang>/ui.ftl), bundled
// at build time. A message missing in a language comes from English, then shows its id.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import en from "../../src-tauri/crates/i18n/locales/en/ui.ftl?raw";
import de from "../../src-tauri/crates/i18n/locales/de/ui.ftl?raw";
import fr from "../../src-tauri/crates/i18n/locales/fr/ui.ftl?raw";
import type { CommandError, ErrorCode, Language } from "./bindings";

/** The catalogue sources, for the tests. */
export const SOURCES: Record<Language, string> = { en, de, fr };

const bundles = new Map<Language, FluentBundle>();

function bundle(lang: Language): FluentBundle {
  let b = bundles.get(lang);
  if (!b) {
    b = new FluentBundle(lang, { useIsolating: false });
    const errors = b.addResource(new FluentResource(SOURCES[lang]));
    if (errors.length) console.error(`ui.ftl (${lang}):`, errors);
    bundles.set(lang, b);
  }
  return b;
}

/** Message `id` in `lang` ("" = not chosen: English). */
export function t(lang: Language | "", id: string, args?: Record<string, FluentVariable>): string {
  for (const l of [lang || "en", "en"] as Language[]) {
    const b = bundle(l);
    const m = b.getMessage(id);
    if (m?.value) return b.formatPattern(m.value, args);
  }
  return id;
}

/** The ids a catalogue defines. */
export function ids(source: string): string[] {
  return [...source.matchAll(/^([a-zA-Z][\w-]*) =/gm)].map((m) => m[1]!);
}

/** The error codes whose message carries a detail (a file, the system's error, the answer). */
const ERROR_DETAIL: ErrorCode[] = ["io", "internal", "bad-input"];

/**
 * A command error for the consultant, in the assessment's language: the Rust side's message
 * as it is in English; otherwise a translated sentence for the code, with the message's detail
 * (a file, the system's error) where the code has one.
 */
export function errorText(e: CommandError, lang: Language | ""): string {
  if (!lang || lang === "en") return e.message;
  return t(lang, `ui-err-${e.code}`, ERROR_DETAIL.includes(e.code) ? { message: e.message } : undefined);
}
