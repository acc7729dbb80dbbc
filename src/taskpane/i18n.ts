/** The pane's text: the message catalogue bound to the chosen language. */
import { CATALOG, Language, MessageKey, t } from "../domain/messages/catalog";
import { Bilingual } from "../domain/findings";

export type Translate = (key: MessageKey, data?: Record<string, string | number>) => string;

/**
 * A key whose text counts `{count}` may have a `.one` form beside it, used for a count of 1
 * ("Marked 1 cell"); the key itself is the form for every other count.
 */
export function translator(language: Language): Translate {
  return (key, data) => t(data?.count === 1 ? singularOf(key) : key, data, language);
}

function singularOf(key: MessageKey): MessageKey {
  const one = `${key}.one`;
  return one in CATALOG ? (one as MessageKey) : key;
}

/** The keys that come in a `.one` and an `.other` form, without the suffix. */
export type PluralKey = MessageKey extends infer K
  ? K extends `${infer Base}.one`
    ? Base
    : never
  : never;

/** `{count}` with the right plural form: "1 error", "2 errors" (Chinese has one form). */
export function plural(text: Translate, key: PluralKey, count: number): string {
  return text(`${key}.${count === 1 ? "one" : "other"}` as MessageKey, { count });
}

export function pick(text: Bilingual | undefined, language: Language): string {
  return text ? text[language] : "";
}

/** Office reports e.g. `zh-CN`, `en-US`: Chinese unless the UI is clearly another language. */
export function languageFromLocale(locale: string | undefined): Language {
  return !locale || locale.toLowerCase().startsWith("zh") ? "zh" : "en";
}
