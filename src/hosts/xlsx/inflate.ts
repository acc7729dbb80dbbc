/**
 * Raw DEFLATE for the workbook reader, capped at the size the archive declares, and the
 * CRC-32 that checks what it unpacked. Under Node the native zlib does both (several times
 * faster); in the browser bundle, where webpack resolves `zlib` to nothing
 * (webpack.config.js), fflate and zip.ts's own CRC-32 do, unless the parts were unpacked
 * ahead by the browser's own DecompressionStream (`streamInflate`).
 */
import type * as Fflate from "fflate";

type Inflate = (packed: Uint8Array, size: number) => Uint8Array;

type NativeZlib = Partial<typeof import("zlib")> & {
  /** Node 20.15 and later. */
  crc32?: (data: Uint8Array) => number;
};

function nativeZlib(): NativeZlib | undefined {
  if (typeof process === "undefined" || !process.versions?.node) return undefined;
  return require("zlib") as NativeZlib;
}

const zlib = nativeZlib();

function nativeInflate(): Inflate | undefined {
  const inflateRawSync = zlib?.inflateRawSync;
  if (typeof inflateRawSync !== "function") return undefined;
  // One byte over the declared size is enough to tell that the size lied.
  return (packed, size) => {
    try {
      // One output chunk of the declared size: no chunks to join afterwards.
      return inflateRawSync(packed, {
        maxOutputLength: size + 1,
        chunkSize: Math.max(64, size + 1),
      });
    } catch (error) {
      if (error instanceof RangeError) throw new SizeMismatch(size);
      throw error;
    }
  };
}

/** A part that does not unpack to the size its directory entry declares. */
export class SizeMismatch extends Error {
  constructor(readonly declared: number) {
    super(`does not unpack to the ${declared} bytes its directory entry declares`);
  }
}

/** fflate writes into a buffer of the declared size and no further. Loaded where it is used. */
const portableInflate: Inflate = (packed, size) => {
  const { inflateSync } = require("fflate") as typeof Fflate;
  const out = inflateSync(packed, { out: new Uint8Array(size) });
  if (out.length !== size) throw new SizeMismatch(size);
  return out;
};

export const inflateRaw: Inflate = nativeInflate() ?? portableInflate;

/** The native CRC-32, where there is one. */
export const nativeCrc32: ((data: Uint8Array) => number) | undefined =
  typeof zlib?.crc32 === "function" ? zlib.crc32 : undefined;

/**
 * The browser's native inflate (DecompressionStream), several times faster than fflate
 * on a big sheet; undefined where there is none. Stops at one byte over `size`; gives
 * undefined, rather than a reason, for anything but a clean stream of exactly `size`
 * bytes, so that the synchronous inflate meets the part and words the problem.
 * Looked up when first asked: in Node, merely naming DecompressionStream loads its web
 * streams (some milliseconds of every checking process's start), and only the browser asks.
 */
export function streamInflate():
  ((packed: Uint8Array, size: number) => Promise<Uint8Array | undefined>) | undefined {
  return typeof DecompressionStream === "function" && typeof Blob === "function"
    ? inflateByStream
    : undefined;
}

async function inflateByStream(packed: Uint8Array, size: number): Promise<Uint8Array | undefined> {
  const out = new Uint8Array(size);
  let length = 0;
  // A copy: a Blob takes its parts from plain ArrayBuffers.
  const reader = new Blob([packed.slice()])
    .stream()
    .pipeThrough(new DecompressionStream("deflate-raw"))
    .getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return length === size ? out : undefined;
      if (length + value.length > size) {
        await reader.cancel();
        return undefined;
      }
      out.set(value, length);
      length += value.length;
    }
  } catch {
    return undefined;
  }
}
