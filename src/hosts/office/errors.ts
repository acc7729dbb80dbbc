/** Office errors the adapter reacts to, told by their `code`. */

export function isErrorWithCode(error: unknown, code: string): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === code;
}

/** Excel on the web refused a sync for its size (request, or request and response). */
export function isPayloadTooLarge(error: unknown): boolean {
  return (
    isErrorWithCode(error, "RequestPayloadSizeLimitExceeded") ||
    isErrorWithCode(error, "ResponsePayloadSizeLimitExceeded")
  );
}
