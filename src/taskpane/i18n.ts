/** The pane's text: the message catalogue bound to the chosen language. */
import { Language, MessageKey, t } from "../domain/messages/catalog";
import { Bilingual } from "../domain/findings";

export type Translate = (key: MessageKey, data?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  return (key, data) => t(key, data, language);
}

export function pick(text: Bilingual | undefined, language: Language): string {
  return text ? text[language] : "";
}

/** Office reports e.g. `zh-CN`, `en-US`: Chinese unless the UI is clearly another language. */
export function languageFromLocale(locale: string | undefined): Language {
  return !locale || locale.toLowerCase().startsWith("zh") ? "zh" : "en";
}
