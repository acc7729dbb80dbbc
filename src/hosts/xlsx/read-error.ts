import { CatalogError, LocalizedData, MessageKey } from "../../domain/messages/catalog";

/** A workbook that cannot be read: its message in both languages, and each apart (zh, en). */
export class WorkbookReadError extends CatalogError {
  constructor(
    readonly key: MessageKey,
    readonly data: LocalizedData = {}
  ) {
    super(key, data);
  }
}
