/**
 * The audit's reader: .xlsx (and .xlsm, .xltx, .xltm) bytes → one Grid per worksheet, with limits
 * that keep a hostile file from costing more than a refusal. Pure TypeScript over fflate and saxes:
 * runs in Node, in a browser and in a worker.
 */
import { Grid, type GridInit, type SheetVisibility, type WorkbookFacts } from "../../core/grid/grid";
import { classifyWorkbookBytes, WorkbookInputError } from "../input";
import { DEFAULT_LIMITS, type ReadLimits } from "../limits";
import { InflateBudget, openZip, type RawInflate, type ZipArchive } from "../zip/read";
import { inflateAhead } from "../zip/stream-inflate";
import { readComments, readExternalBooks, readNumberFormats, readRels, readSharedStrings, readWorkbookPart } from "./package";
import { readSheet } from "./sheet";
import { checkPrologue } from "./xml";

export interface WorkbookInfo {
  date1904: boolean;
  calcMode: "auto" | "manual" | "autoNoTable";
  /** True when the workbook links to other workbooks (externalReferences). */
  externalLinks: boolean;
  /** True when the package holds VBA (an .xlsm). */
  macros: boolean;
  sheets: { name: string; visibility: SheetVisibility }[];
}

export interface ReadWorkbookResult {
  grids: Grid[];
  info: WorkbookInfo;
}

/** The same read as plain data: what a worker posts to the page, which builds the Grids itself. */
export interface WorkbookData {
  sheets: GridInit[];
  info: WorkbookInfo;
}

export interface ReadOptions {
  /** Called after each sheet with the number read so far and the total. */
  onProgress?: (done: number, total: number, sheet: string) => void;
  /** Node's zlib.inflateRawSync (bounded by maxOutputLength), about ten times faster than fflate; fflate when absent. */
  nativeInflate?: RawInflate;
}

/** XML-bearing parts the reader does not parse itself, checked for a DOCTYPE all the same. */
const XML_PART = /\.(xml|rels|vml)$/i;

/**
 * Reads a workbook for the audit. Throws WorkbookInputError for anything that is not a readable
 * workbook or crosses a limit; the error's code and params say which.
 */
export function readWorkbook(data: ArrayBuffer | Uint8Array, limits: ReadLimits = DEFAULT_LIMITS, options: ReadOptions = {}): ReadWorkbookResult {
  const { sheets, info } = readWorkbookData(data, limits, options);
  return { grids: gridsOf(sheets), info };
}

/**
 * The Grids of sheets read as data, linked to their workbook's facts, so formulas that refer to
 * other sheets can be evaluated. The data itself stays plain (what a worker posts carries no Grids).
 */
export function gridsOf(sheets: readonly GridInit[]): Grid[] {
  const grids = sheets.map((s) => new Grid(s));
  const facts = sheets[0]?.workbook;
  if (facts) facts.grids = grids;
  return grids;
}

/** readWorkbook without building the Grids: every sheet as GridInit, structured-clone safe. */
export function readWorkbookData(data: ArrayBuffer | Uint8Array, limits: ReadLimits = DEFAULT_LIMITS, options: ReadOptions = {}): WorkbookData {
  const { zip, budget } = openPackage(data, limits, options);
  return readPackage(zip, budget, options);
}

/**
 * readWorkbookData for hosts with a native DecompressionStream("deflate-raw") (browsers, workers): the
 * large worksheets and shared strings are inflated by it first, under the same limits and clock
 * (zip/stream-inflate.ts), the rest as readWorkbookData does. Elsewhere it is readWorkbookData.
 */
export async function readWorkbookDataAsync(data: ArrayBuffer | Uint8Array, limits: ReadLimits = DEFAULT_LIMITS, options: ReadOptions = {}): Promise<WorkbookData> {
  const { zip, budget } = openPackage(data, limits, options);
  if (!options.nativeInflate) await inflateAhead(zip, budget);
  return readPackage(zip, budget, options);
}

function openPackage(data: ArrayBuffer | Uint8Array, limits: ReadLimits, options: ReadOptions): { zip: ZipArchive; budget: InflateBudget } {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const code = classifyWorkbookBytes(bytes);
  if (code) throw new WorkbookInputError(code);
  return { zip: openZip(bytes), budget: new InflateBudget(limits, options.nativeInflate) };
}

function readPackage(zip: ZipArchive, budget: InflateBudget, options: ReadOptions): WorkbookData {
  const workbook = readWorkbookPart(zip, budget);
  const numberFormats = readNumberFormats(zip, budget, workbook);
  const sharedStrings = readSharedStrings(zip, budget, workbook);
  const cells = { count: 0 };
  const sheets: GridInit[] = [];
  // One object for every sheet of the workbook; its `grids` are linked once the Grids are built (gridsOf).
  const facts: WorkbookFacts = {
    calcMode: workbook.calcMode,
    externalLinks: workbook.externalLinks,
    externalBooks: workbook.externalIds.length > 0 ? readExternalBooks(zip, budget, workbook) : [],
    firstSheet: workbook.sheets[0]?.name,
    grids: [],
  };
  const parsed = new Set<string>([workbook.part.toLowerCase()]);
  for (const [i, sheet] of workbook.sheets.entries()) {
    const entry = zip.get(sheet.part);
    if (!entry) throw new WorkbookInputError("corrupt", new Error(`missing ${sheet.part}`), { part: sheet.part });
    parsed.add(entry.name.toLowerCase());
    const rels = readRels(zip, budget, sheet.part);
    const notes = readComments(zip, budget, rels);
    sheets.push(
      readSheet({ zip, budget, sharedStrings, numberFormats, date1904: workbook.date1904, cells }, entry, {
        name: sheet.name,
        visibility: sheet.visibility,
        notes,
        workbook: facts,
      }),
    );
    budget.checkTime();
    options.onProgress?.(i + 1, workbook.sheets.length, sheet.name);
  }
  // "A DOCTYPE in any part is refused": the parts read above were parsed; look at the start of the rest.
  for (const entry of zip.entries) {
    if (XML_PART.test(entry.name) && !parsed.has(entry.name.toLowerCase())) checkPrologue(zip, entry, budget);
  }
  return {
    sheets,
    info: {
      date1904: workbook.date1904,
      calcMode: workbook.calcMode,
      externalLinks: workbook.externalLinks,
      macros: zip.entries.some((e) => /vbaProject\.bin$/i.test(e.name)),
      sheets: workbook.sheets.map((s) => ({ name: s.name, visibility: s.visibility })),
    },
  };
}
