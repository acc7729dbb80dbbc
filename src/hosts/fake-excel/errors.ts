/** Errors shaped like Office's `OfficeExtension.Error`: a `code` and a message. */
export type FakeErrorCode =
  | "PropertyNotLoaded"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidOperation"
  | "ApiNotFound"
  | "NotModeled";

export class FakeOfficeError extends Error {
  constructor(
    readonly code: FakeErrorCode,
    message: string
  ) {
    super(`${code}: ${message}`);
    this.name = "FakeOfficeError";
  }
}

export function notLoaded(what: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `${what} is not available: call load() and then context.sync() before reading it`
  );
}
