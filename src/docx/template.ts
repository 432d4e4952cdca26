/**
 * Fills a locality's own .docx template with docxtemplater: `{title}`, `{rulesTotal}`, loops such as
 * `{#items}{seq}.{name}预算{budget}万元{/items}` (see TemplateData for every name). A tag the data lacks
 * renders as 【待补充：tag】 rather than "undefined", so nothing silently disappears.
 */
import Docxtemplater from "docxtemplater";
import PizZip from "pizzip";
import type { TemplateData } from "../core/report/template-data";

export class TemplateError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message);
    this.name = "TemplateError";
    if (cause !== undefined) (this as { cause?: unknown }).cause = cause;
  }
}

/** Describes docxtemplater's multi-error (unclosed loop, bad tag) in one line. */
function explain(e: unknown): string {
  const errors = (e as { properties?: { errors?: { properties?: { explanation?: string } }[] } }).properties?.errors;
  if (errors && errors.length > 0) return errors.map((x) => x.properties?.explanation ?? "").filter(Boolean).join("; ");
  return e instanceof Error ? e.message : String(e);
}

export function fillTemplate(template: Uint8Array, data: TemplateData): Uint8Array {
  let zip: PizZip;
  try {
    zip = new PizZip(template);
  } catch (e) {
    throw new TemplateError("not a .docx (zip) file", e);
  }
  if (!zip.file("word/document.xml")) throw new TemplateError("not a Word document (no word/document.xml)");
  try {
    const doc = new Docxtemplater(zip, {
      paragraphLoop: true,
      linebreaks: true,
      errorLogging: false,
      nullGetter: (part) => (part.module ? "" : `【待补充：${String(part.value)}】`),
    });
    doc.render(data);
    return doc.getZip().generate({ type: "uint8array", compression: "DEFLATE" });
  } catch (e) {
    throw new TemplateError(explain(e), e);
  }
}
