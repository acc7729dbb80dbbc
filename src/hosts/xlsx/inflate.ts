/**
 * Raw DEFLATE for the workbook reader, capped at the size the archive declares.
 * Under Node the native zlib does it (several times faster); in the browser bundle,
 * where webpack resolves `zlib` to nothing (webpack.config.js), fflate does.
 */
import { inflateSync } from "fflate";

type Inflate = (packed: Uint8Array, size: number) => Uint8Array;

function nativeInflate(): Inflate | undefined {
  if (typeof process === "undefined" || !process.versions?.node) return undefined;
  const zlib = require("zlib") as Partial<typeof import("zlib")>;
  const inflateRawSync = zlib.inflateRawSync;
  if (typeof inflateRawSync !== "function") return undefined;
  // One byte over the declared size is enough to tell that the size lied.
  return (packed, size) => inflateRawSync(packed, { maxOutputLength: size + 1 });
}

/** fflate writes into a buffer of the declared size and no further. */
const portableInflate: Inflate = (packed, size) => {
  const out = inflateSync(packed, { out: new Uint8Array(size) });
  if (out.length !== size) throw new Error("unpacked size differs from the declared size");
  return out;
};

export const inflateRaw: Inflate = nativeInflate() ?? portableInflate;
