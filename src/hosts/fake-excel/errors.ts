/** Errors shaped like Office's `OfficeExtension.Error` (named `RichApi.Error`): a `code` and a message. */
export type FakeErrorCode =
  | "PropertyNotLoaded"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidOperation"
  | "ApiNotFound"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "NotModeled";

export class FakeOfficeError extends Error {
  constructor(
    readonly code: FakeErrorCode,
    message: string
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

export function notLoaded(what: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `${what} is not available: call load() and then context.sync() before reading it`
  );
}
