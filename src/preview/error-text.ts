/** A failure as the page shows it. */
import { Language } from "../domain/messages/catalog";

/**
 * An error's message in the page's language: the file reader's and writer's errors carry it
 * in each language apart (`zh`, `en`) beside their bilingual message; any other, its message.
 */
export function errorText(reason: unknown, language: Language): string {
  if (reason instanceof Error) {
    const localized = (reason as Error & Partial<Record<Language, unknown>>)[language];
    return typeof localized === "string" ? localized : reason.message;
  }
  return String(reason);
}
