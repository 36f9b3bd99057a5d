/**
 * IATI narratives: the text in the wanted language for a field, and every language for `meta`.
 * @internal
 */
import type { JsonValue } from '../../document/types.js';
import type { IatiText } from '../iati-activity.js';

/** The languages to read narratives in: the wanted one, and the one a narrative without `xml:lang` is in. @internal */
export interface Languages {
  /** `options.lang`, else the activity's `xml:lang`. */
  readonly wanted?: string;
  /** The activity's `xml:lang`: the language of a narrative that names none. */
  readonly activity?: string;
}

/** A narrative's language: its own, else the activity's, else `""` (unknown). */
function languageOf(lang: string | undefined, languages: Languages): string {
  return (lang ?? languages.activity ?? '').trim().toLowerCase();
}

/**
 * The text of the narrative in the wanted language, else of the first non-empty one; trimmed.
 * `undefined` when there is no text.
 * @internal
 */
export function pickText(text: IatiText, languages: Languages): string | undefined {
  const usable = text.map((n) => ({ lang: languageOf(n.lang, languages), text: n.text.trim() })).filter((n) => n.text !== '');
  if (usable.length === 0) return undefined;
  const wanted = languages.wanted?.trim().toLowerCase();
  return (usable.find((n) => wanted !== undefined && n.lang === wanted) ?? usable[0])?.text;
}

/**
 * Every language of a text, `{ en: "…", fr: "…" }` (a narrative of unknown language under `""`),
 * when there is more than one narrative; `undefined` otherwise (the field holds it all).
 * @internal
 */
export function allLanguages(text: IatiText, languages: Languages): { readonly [lang: string]: JsonValue } | undefined {
  const usable = text.filter((n) => n.text.trim() !== '');
  if (usable.length < 2) return undefined;
  const out: Record<string, string> = {};
  for (const n of usable) {
    const lang = languageOf(n.lang, languages);
    const t = n.text.trim();
    out[lang] = out[lang] === undefined ? t : `${out[lang]}\n\n${t}`;
  }
  return out;
}

/** `value` without its `undefined` fields, for `meta` (plain JSON) and for optional document fields. @internal */
export function compact<T extends Record<string, unknown>>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = v;
  return out as { [K in keyof T]: Exclude<T[K], undefined> };
}
