/**
 * What a sync costs on the wire, estimated: Excel on the web refuses a request or a
 * response over 5 MB (`RichApi.Error`, RequestPayloadSizeLimitExceeded /
 * ResponsePayloadSizeLimitExceeded). The fake counts the JSON of every value loaded or
 * written, in UTF-8, plus a fixed cost per queued command (its action and object path).
 */
import { FakeOfficeError } from "./errors";

export { jsonBytes } from "../payload";

/** The most a sync may carry, in bytes (5 MB, counted in the stricter decimal unit). */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

/** Bytes of one queued command's action and object path, without its arguments. */
export const COMMAND_BYTES = 80;

/** The error Excel on the web answers a too-large sync with. */
export function payloadTooLarge(direction: "request" | "response", bytes: number): FakeOfficeError {
  return direction === "request"
    ? new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `the request payload (${bytes} bytes) exceeds the limit of ${PAYLOAD_LIMIT_BYTES} bytes`
      )
    : new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `the request and response payload (${bytes} bytes) exceeds the limit of ${PAYLOAD_LIMIT_BYTES} bytes`
      );
}
