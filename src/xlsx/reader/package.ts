/** The package-level parts: relationships, the workbook (sheets, date system, calculation), styles and shared strings. */
import { WorkbookInputError } from "../input";
import type { InflateBudget, ZipArchive } from "../zip/read";
import { builtInFormat, customFormat } from "./numfmt";
import { utf8Text } from "./bytes";
import { parsePart, scanPart } from "./xml";

export interface Relationship {
  id: string;
  type: string;
  /** Resolved against the source part: a zip entry name such as `xl/worksheets/sheet1.xml`. */
  target: string;
  external: boolean;
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the folder of its source part (`../drawings/x.xml`, `/xl/a.xml`). */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const base = sourcePart.slice(0, sourcePart.lastIndexOf("/") + 1);
  const out: string[] = [];
  for (const seg of (base + target).split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

/** The relationships of a part (empty when it has none). */
export function readRels(zip: ZipArchive, budget: InflateBudget, sourcePart: string): Relationship[] {
  const entry = zip.get(relsPathOf(sourcePart));
  if (!entry) return [];
  const rels: Relationship[] = [];
  parsePart(zip, entry, budget, {
    open(name, a) {
      if (name !== "Relationship" || !a.Id || !a.Target) return;
      const external = a.TargetMode === "External";
      rels.push({ id: a.Id, type: a.Type ?? "", target: external ? a.Target : resolveTarget(sourcePart, a.Target), external });
    },
    close() {},
  });
  return rels;
}

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

export interface SheetRef {
  name: string;
  /** The worksheet part, e.g. `xl/worksheets/sheet1.xml`. */
  part: string;
  visibility: SheetVisibility;
}

export interface WorkbookPart {
  part: string;
  sheets: SheetRef[];
  date1904: boolean;
  calcMode: "auto" | "manual" | "autoNoTable";
  externalLinks: boolean;
  /** Relationship ids of the externalReference entries, in order: `[1]` in a formula is the first. */
  externalIds: string[];
  rels: Relationship[];
}

const isType = (rel: Relationship, type: string): boolean => rel.type.endsWith(`/${type}`);

/** Finds and reads the workbook part; throws not-xlsx / xlsb / ods when the package is something else. */
export function readWorkbookPart(zip: ZipArchive, budget: InflateBudget): WorkbookPart {
  const rootRels = readRels(zip, budget, "");
  const office = rootRels.find((r) => isType(r, "officeDocument") && !r.external);
  const part = office?.target ?? (zip.get("xl/workbook.xml") ? "xl/workbook.xml" : undefined);
  if (!part || !zip.get(part)) {
    if (zip.get("mimetype") && zip.get("content.xml")) throw new WorkbookInputError("ods");
    throw new WorkbookInputError("not-xlsx");
  }
  if (/\.bin$/i.test(part)) throw new WorkbookInputError("xlsb");
  const rels = readRels(zip, budget, part);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetRef[] = [];
  let date1904 = false;
  let calcMode: WorkbookPart["calcMode"] = "auto";
  let externalLinks = false;
  const externalIds: string[] = [];
  parsePart(zip, zip.get(part)!, budget, {
    open(name, a) {
      switch (name) {
        case "workbookPr":
          date1904 = a.date1904 === "1";
          break;
        case "calcPr":
          if (a.calcMode === "manual" || a.calcMode === "autoNoTable") calcMode = a.calcMode;
          break;
        case "externalReference":
          externalLinks = true;
          externalIds.push(a["r:id"] ?? "");
          break;
        case "sheet": {
          const rel = a["r:id"] === undefined ? undefined : byId.get(a["r:id"]);
          // Chart sheets, dialog sheets and macro sheets hold no cells to audit.
          if (!rel || !isType(rel, "worksheet") || rel.external) return;
          const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
          sheets.push({ name: a.name ?? "", part: rel.target, visibility: state });
          break;
        }
        default:
          break;
      }
    },
    close() {},
  });
  if (sheets.length === 0) throw new WorkbookInputError("not-xlsx");
  return { part, sheets, date1904, calcMode, externalLinks, externalIds, rels };
}

/**
 * The file names of the linked workbooks, in the order formulas number them (`[1]`): each
 * externalReference points to an externalLink part whose own relationship holds the path.
 * A link whose path cannot be found keeps its number as its name.
 */
export function readExternalBooks(zip: ZipArchive, budget: InflateBudget, workbook: WorkbookPart): string[] {
  const byId = new Map(workbook.rels.map((r) => [r.id, r]));
  return workbook.externalIds.map((id, i) => {
    const rel = byId.get(id);
    const entry = rel && !rel.external ? zip.get(rel.target) : undefined;
    if (!rel || !entry) return `[${i + 1}]`;
    const path = readRels(zip, budget, rel.target).find((r) => r.external && /externalLinkPath$/i.test(r.type))?.target;
    if (!path) return `[${i + 1}]`;
    let name = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
    try {
      name = decodeURIComponent(name);
    } catch {
      // a path with a stray % stays as written
    }
    return name || `[${i + 1}]`;
  });
}

/** For each cell style index (`s`), its number format, or undefined for General/none. */
export function readNumberFormats(zip: ZipArchive, budget: InflateBudget, workbook: WorkbookPart): (string | undefined)[] {
  const rel = workbook.rels.find((r) => isType(r, "styles"));
  const entry = rel ? zip.get(rel.target) : undefined;
  if (!entry) return [];
  const custom = new Map<number, string>();
  const xfs: (string | undefined)[] = [];
  let inCellXfs = false;
  parsePart(zip, entry, budget, {
    open(name, a, selfClosing) {
      if (name === "numFmt") {
        const id = parseInt(a.numFmtId ?? "", 10);
        if (!Number.isNaN(id) && a.formatCode !== undefined) custom.set(id, customFormat(a.formatCode));
      } else if (name === "cellXfs") {
        inCellXfs = !selfClosing;
      } else if (name === "xf" && inCellXfs) {
        const id = parseInt(a.numFmtId ?? "0", 10);
        xfs.push(id ? (custom.get(id) ?? builtInFormat(id)) : undefined);
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return xfs;
}

const X_ESCAPE = /_x([0-9A-F]{4})_/g;
const unescapeX = (text: string): string => (text.indexOf("_x") < 0 ? text : text.replace(X_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))));

const SST_NAMES = ["si", "rPh", "t"];
const [SI, RPH, T] = [0, 1, 2];

/** The shared-string table as plain text (rich runs joined, phonetic guides left out); null for an empty `<si/>`. */
export function readSharedStrings(zip: ZipArchive, budget: InflateBudget, workbook: WorkbookPart): (string | null)[] {
  const rel = workbook.rels.find((r) => isType(r, "sharedStrings"));
  const entry = rel ? zip.get(rel.target) : undefined;
  if (!entry) return [];
  const max = budget.limits.maxSharedStrings;
  const out: (string | null)[] = [];
  let current: string | null = null;
  let depthPhonetic = 0;
  let inT = false;
  let buf = "";
  scanPart(zip, entry, budget, SST_NAMES, (scanner) => ({
    open(name, selfClosing) {
      if (name === SI) {
        if (out.length >= max) throw new WorkbookInputError("limit-shared-strings", undefined, { limit: max, part: entry.name });
        current = null;
      } else if (name === RPH) {
        depthPhonetic++;
      } else if (name === T && depthPhonetic === 0) {
        if (selfClosing) current = current ?? "";
        else {
          inT = true;
          buf = "";
        }
      }
    },
    text(start, end, decoded) {
      if (inT) buf += decoded ?? utf8Text(scanner.bytes, start, end);
    },
    close(name) {
      if (name === T && inT) {
        inT = false;
        current = current === null ? unescapeX(buf) : current + unescapeX(buf);
      } else if (name === RPH) {
        depthPhonetic--;
      } else if (name === SI) {
        out.push(current);
      }
    },
  }));
  return out;
}

/** Notes (legacy comments) of a sheet, keyed by cell reference. */
export function readComments(zip: ZipArchive, budget: InflateBudget, sheetRels: readonly Relationship[]): Map<string, string> {
  const notes = new Map<string, string>();
  const rel = sheetRels.find((r) => isType(r, "comments") && !r.external);
  const entry = rel ? zip.get(rel.target) : undefined;
  if (!entry) return notes;
  let ref: string | undefined;
  let text = "";
  let inT = false;
  let phonetic = 0;
  parsePart(zip, entry, budget, {
    open(name, a, selfClosing) {
      if (name === "comment") {
        ref = a.ref;
        text = "";
      } else if (name === "rPh") phonetic++;
      else if (name === "t" && ref !== undefined && phonetic === 0 && !selfClosing) inT = true;
    },
    text(t) {
      if (inT) text += t;
    },
    close(name) {
      if (name === "t") inT = false;
      else if (name === "rPh") phonetic--;
      else if (name === "comment" && ref !== undefined) {
        notes.set(ref, unescapeX(text));
        ref = undefined;
      }
    },
  });
  return notes;
}

export { isType as isRelType, unescapeX };
