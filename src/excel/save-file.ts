/**
 * Saves a file the task pane made (the 自评报告 draft) as a browser download from the task pane's own
 * webview: Excel on the web and Excel for Windows (WebView2) offer it like any page's download. Office.js
 * has no API to save an arbitrary file, and src/web's helper is out of this floor's reach, hence this copy.
 */
import { HostError } from "../host";

export function saveFileAsDownload(name: string, bytes: Uint8Array, mime: string): void {
  if (typeof document === "undefined" || typeof URL.createObjectURL !== "function") throw new HostError("unsupported", "download");
  let url: string;
  try {
    url = URL.createObjectURL(new Blob([bytes.slice().buffer as ArrayBuffer], { type: mime }));
  } catch (e) {
    throw new HostError("write-failed", name, e);
  }
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Let the webview start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
