/** Hands bytes to the browser as a file download (a Blob behind an <a download> link). */
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** How long the Blob's URL stays valid: the browser has read it long before. */
const URL_LIFETIME_MS = 60_000;

export function downloadFile(bytes: Uint8Array, name: string, type = XLSX_TYPE): void {
  // The writers' bytes never sit on a shared buffer.
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS);
}
