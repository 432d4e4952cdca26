/** Saves bytes or text as a file download, without any network. */
export function download(name: string, data: Uint8Array | string, type: string): void {
  const part: BlobPart = typeof data === "string" ? data : (data.slice().buffer as ArrayBuffer);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Let the browser start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `报表.xlsx` → `报表-审核.xlsx` (or `-audited` in English). */
export function suffixedName(name: string, suffix: string, ext: string): string {
  const base = name.replace(/\.[^.]+$/, "");
  return `${base}-${suffix}${ext}`;
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const CSV_TYPE = "text/csv;charset=utf-8";
