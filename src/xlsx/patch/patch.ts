/**
 * The highlighted copy, made by patching the original package: styles.xml gains fills and cell
 * formats, the marked cells point at them, notes go into the sheet's comments and their VML, and a
 * results sheet is added. Every other part is copied byte for byte (see zip/write.ts), so charts,
 * pivot tables, images, data validation, conditional formats, defined names and VBA survive.
 */
import { columnLetters, parseA1 } from "../../core/grid/grid";
import { WorkbookInputError } from "../input";
import { DEFAULT_LIMITS, type ReadLimits } from "../limits";
import { InflateBudget, openZip, readEntryBytes, type ZipArchive } from "../zip/read";
import { writePatchedZip } from "../zip/write";
import { relsPathOf, resolveTarget } from "../reader/package";
import { MINIMAL_STYLES, StylesPatch } from "./styles";
import type { CellMark, PatchRequest, PatchResult, ResultCell, ResultsTable } from "./types";
import { ATTR_GROUP, escapeAttr, escapeText, parseAttrs, removeAttr, rootPrefix, setAttr, unescapeXml, utf8Decode, utf8Encode } from "./xmltext";

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_WORKSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const REL_COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const REL_VML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing";
const REL_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
const CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const CT_COMMENTS = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
const CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const CT_VML = "application/vnd.openxmlformats-officedocument.vmlDrawing";
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** A package being patched: parts read on demand, edits collected, written once. */
class Package {
  readonly replaced = new Map<string, Uint8Array>();
  readonly added: [string, Uint8Array][] = [];
  private readonly texts = new Map<string, string>();
  private readonly budget: InflateBudget;

  constructor(
    readonly zip: ZipArchive,
    limits: ReadLimits,
  ) {
    this.budget = new InflateBudget(limits);
  }

  has(name: string): boolean {
    return this.zip.get(name) !== undefined || this.added.some(([n]) => n.toLowerCase() === name.toLowerCase()) || this.texts.has(name);
  }

  read(name: string): string | undefined {
    const cached = this.texts.get(name);
    if (cached !== undefined) return cached;
    const entry = this.zip.get(name);
    if (!entry) return undefined;
    const text = utf8Decode(readEntryBytes(this.zip, entry, this.budget));
    if (/<!DOCTYPE/i.test(text.slice(0, 4096))) throw new WorkbookInputError("doctype", undefined, { part: name });
    this.texts.set(name, text);
    return text;
  }

  write(name: string, text: string): void {
    this.texts.set(name, text);
  }

  /** A name not yet used in the package: `xl/comments3.xml` for prefix `xl/comments`, ext `.xml`. */
  freeName(prefix: string, ext: string): string {
    for (let n = 1; ; n++) {
      const name = `${prefix}${n}${ext}`;
      if (!this.has(name)) return name;
    }
  }

  rels(source: string): Rel[] {
    const text = this.read(relsPathOf(source));
    if (!text) return [];
    const out: Rel[] = [];
    for (const m of text.matchAll(new RegExp(`<(?:\\w+:)?Relationship${ATTR_GROUP}\\s*/?>`, "g"))) {
      const a = parseAttrs(m[1] ?? "");
      const target = a.get("Target") ?? "";
      const external = a.get("TargetMode") === "External";
      out.push({ id: a.get("Id") ?? "", type: a.get("Type") ?? "", target: external ? target : resolveTarget(source, target), external });
    }
    return out;
  }

  /** Adds a relationship from `source` to `targetPart` and returns its id. */
  addRel(source: string, type: string, targetPart: string): string {
    const path = relsPathOf(source);
    let text = this.read(path) ?? `${XML_DECL}<Relationships xmlns="${NS_PKG_REL}"></Relationships>`;
    const ids = new Set([...text.matchAll(/\bId\s*=\s*"([^"]*)"/g)].map((m) => m[1]));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const target = relativeTarget(source, targetPart);
    const prefix = rootPrefix(text, "Relationships");
    text = text.replace(/<(\w+:)?Relationships([^>]*?)\/>/, `<$1Relationships$2></$1Relationships>`);
    const close = text.lastIndexOf(`</${prefix}Relationships>`);
    text = `${text.slice(0, close)}<${prefix}Relationship Id="${id}" Type="${type}" Target="${escapeAttr(target)}"/>${text.slice(close)}`;
    this.write(path, text);
    return id;
  }

  contentType(partName: string, type: string): void {
    let text = this.read("[Content_Types].xml");
    if (text === undefined) throw new WorkbookInputError("corrupt", new Error("no [Content_Types].xml"));
    const p = rootPrefix(text, "Types");
    text = text.replace(`</${p}Types>`, `<${p}Override PartName="/${escapeAttr(partName)}" ContentType="${type}"/></${p}Types>`);
    this.write("[Content_Types].xml", text);
  }

  defaultType(ext: string, type: string): void {
    let text = this.read("[Content_Types].xml") ?? "";
    if (new RegExp(`Extension\\s*=\\s*"${ext}"`, "i").test(text)) return;
    const p = rootPrefix(text, "Types");
    text = text.replace(new RegExp(`(<${p}Types[^>]*>)`), `$1<${p}Default Extension="${ext}" ContentType="${type}"/>`);
    this.write("[Content_Types].xml", text);
  }

  finish(): Uint8Array {
    for (const [name, text] of this.texts) {
      const entry = this.zip.get(name);
      const original = entry ? this.replaced.get(entry.name) : undefined;
      void original;
      // Parts only read stay as they were: compare with what was read.
      if (entry) {
        const bytes = utf8Encode(text);
        const before = readEntryBytes(this.zip, entry, this.budget);
        if (!sameBytes(before, bytes)) this.replaced.set(entry.name, bytes);
      } else this.added.push([name, utf8Encode(text)]);
    }
    return writePatchedZip(this.zip, this.replaced, this.added);
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** `xl/worksheets/sheet1.xml` seen from `xl/workbook.xml` → `worksheets/sheet1.xml`. */
function relativeTarget(source: string, target: string): string {
  const from = source.split("/").slice(0, -1);
  const to = target.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}

interface SheetInfo {
  name: string;
  part: string;
  sheetId: number;
}

/** Patches `bytes` (the original package) as asked; the input is not modified. */
export function patchWorkbook(bytes: Uint8Array, request: PatchRequest, limits: ReadLimits = DEFAULT_LIMITS): PatchResult {
  const zip = openZip(bytes);
  const pkg = new Package(zip, limits);
  const office = pkg.rels("").find((r) => r.type.endsWith("/officeDocument"));
  const workbookPart = office?.target ?? "xl/workbook.xml";
  const workbookXml = pkg.read(workbookPart);
  if (workbookXml === undefined) throw new WorkbookInputError("not-xlsx");
  const wbRels = pkg.rels(workbookPart);
  const relById = new Map(wbRels.map((r) => [r.id, r]));
  const sheets: SheetInfo[] = [];
  for (const m of workbookXml.matchAll(new RegExp(`<(?:\\w+:)?sheet${ATTR_GROUP}\\s*/?>`, "g"))) {
    const a = parseAttrs(m[1] ?? "");
    const rel = relById.get(a.get("r:id") ?? [...a].find(([k]) => k.endsWith(":id"))?.[1] ?? "");
    sheets.push({ name: a.get("name") ?? "", part: rel && !rel.external ? rel.target : "", sheetId: Number(a.get("sheetId") ?? 0) });
  }

  // Styles: the workbook's own, or a minimal one when it has none.
  let stylesPart = wbRels.find((r) => r.type.endsWith("/styles"))?.target;
  if (!stylesPart || !pkg.has(stylesPart)) {
    stylesPart = "xl/styles.xml";
    if (!pkg.has(stylesPart)) {
      pkg.write(stylesPart, MINIMAL_STYLES);
      pkg.addRel(workbookPart, REL_STYLES, stylesPart);
      pkg.contentType(stylesPart, CT_STYLES);
    }
  }
  const styles = new StylesPatch(pkg.read(stylesPart) ?? MINIMAL_STYLES);

  const bySheet = new Map<string, CellMark[]>();
  for (const mark of request.marks) {
    const list = bySheet.get(mark.sheet) ?? [];
    list.push(mark);
    bySheet.set(mark.sheet, list);
  }
  for (const [sheetName, marks] of bySheet) {
    const sheet = sheets.find((s) => s.name === sheetName);
    if (!sheet || !sheet.part || !pkg.has(sheet.part)) continue;
    patchSheet(pkg, sheet.part, marks, styles, request);
  }

  let resultsSheet: string | undefined;
  if (request.results) {
    resultsSheet = uniqueSheetName(
      sheets.map((s) => s.name),
      request.results.name,
    );
    const part = pkg.freeName("xl/worksheets/sheet", ".xml");
    pkg.write(part, resultsSheetXml(request.results, styles));
    const rid = pkg.addRel(workbookPart, REL_WORKSHEET, part);
    pkg.contentType(part, CT_WORKSHEET);
    const p = rootPrefix(workbookXml, "workbook");
    const sheetId = Math.max(0, ...sheets.map((s) => s.sheetId)) + 1;
    let wb = pkg.read(workbookPart) as string;
    const rAttr = relPrefixOf(wb);
    const entry = `<${p}sheet name="${escapeAttr(resultsSheet)}" sheetId="${sheetId}" ${rAttr.decl}${rAttr.prefix}:id="${rid}"/>`;
    wb = wb.replace(new RegExp(`</${p}sheets>`), `${entry}</${p}sheets>`);
    wb = addPrintTitles(wb, p, sheets.length, resultsSheet);
    pkg.write(workbookPart, wb);
  }
  pkg.write(stylesPart, styles.toString());
  return { bytes: pkg.finish(), ...(resultsSheet !== undefined ? { resultsSheet } : {}) };
}

/**
 * Repeats the results sheet's header row on every printed page: the `_xlnm.Print_Titles` name of the
 * sheet at `index` in <sheets>, in the workbook's <definedNames> (made after <sheets>, or after the
 * parts that come between them, when there is none).
 */
function addPrintTitles(wb: string, p: string, index: number, sheet: string): string {
  const name = `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeText(`'${sheet.replace(/'/g, "''")}'!$1:$1`)}</${p}definedName>`;
  if (new RegExp(`</${p}definedNames>`).test(wb)) return wb.replace(new RegExp(`</${p}definedNames>`), `${name}</${p}definedNames>`);
  for (const after of ["externalReferences", "functionGroups", "sheets"]) {
    const close = new RegExp(`</${p}${after}>`);
    if (close.test(wb)) return wb.replace(close, (m) => `${m}<${p}definedNames>${name}</${p}definedNames>`);
  }
  return wb;
}

/** The prefix bound to the relationships namespace in `xml` (`r` usually), declaring it when it is not. */
function relPrefixOf(xml: string): { prefix: string; decl: string } {
  const m = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*"${NS_REL.replace(/[./]/g, "\\$&")}"`).exec(xml);
  if (m) return { prefix: m[1] as string, decl: "" };
  return { prefix: "jxr", decl: `xmlns:jxr="${NS_REL}" ` };
}

function uniqueSheetName(taken: readonly string[], base: string): string {
  // Excel compares sheet names case-insensitively.
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const name = `${base} (${n})`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

interface CellEdit {
  row: number;
  col: number;
  fill: string;
  note: string;
}

function refOf(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

function patchSheet(pkg: Package, part: string, marks: readonly CellMark[], styles: StylesPatch, request: PatchRequest): void {
  let xml = pkg.read(part) as string;
  const p = rootPrefix(xml, "worksheet");

  // A mark on a merged follower goes to the merge's top-left cell: Excel shows only that cell's fill and note.
  const merges: { top: number; left: number; bottom: number; right: number }[] = [];
  for (const m of xml.matchAll(new RegExp(`<${p}mergeCell${ATTR_GROUP}\\s*/?>`, "g"))) {
    const ref = parseAttrs(m[1] ?? "").get("ref") ?? "";
    const [a, b] = ref.split(":");
    const from = a ? parseA1(a) : undefined;
    const to = b ? parseA1(b) : from;
    if (from && to) merges.push({ top: Math.min(from.row, to.row), left: Math.min(from.col, to.col), bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) });
  }
  const edits = new Map<number, CellEdit>();
  for (const mark of marks) {
    let { row, col } = mark;
    const merge = merges.length > 0 ? merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) : undefined;
    if (merge) {
      row = merge.top;
      col = merge.left;
    }
    const key = row * 16384 + col;
    const known = edits.get(key);
    if (known) known.note = `${known.note}\n${mark.note}`;
    else edits.set(key, { row, col, fill: mark.fill, note: mark.note });
  }

  xml = restyleCells(xml, p, edits, styles);
  pkg.write(part, xml);
  addNotes(pkg, part, [...edits.values()].filter((e) => e.note !== ""), request);
}

/**
 * Points each edited cell at a fill variant of its own cell format, adding `<c>` (and `<row>`)
 * elements, in order, for cells that were not in the file.
 */
function restyleCells(xml: string, p: string, edits: ReadonlyMap<number, CellEdit>, styles: StylesPatch): string {
  const open = new RegExp(`<${p}sheetData(\\s[^>]*)?(/?)>`).exec(xml);
  if (!open) return xml;
  const pending = [...edits.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  const newCell = (e: CellEdit): string => `<${p}c r="${refOf(e.row, e.col)}" s="${styles.variant(0, { fill: e.fill })}"/>`;
  const newRow = (row: number, cells: CellEdit[]): string => `<${p}row r="${row}">${cells.map(newCell).join("")}</${p}row>`;
  const takeRowsBefore = (row: number): string => {
    let out = "";
    while (pending.length > 0 && (pending[0] as CellEdit).row < row) {
      const r = (pending[0] as CellEdit).row;
      const cells: CellEdit[] = [];
      while (pending.length > 0 && (pending[0] as CellEdit).row === r) cells.push(pending.shift() as CellEdit);
      out += newRow(r, cells);
    }
    return out;
  };
  const takeCells = (row: number, beforeCol: number): string => {
    let out = "";
    while (pending.length > 0 && (pending[0] as CellEdit).row === row && (pending[0] as CellEdit).col < beforeCol) out += newCell(pending.shift() as CellEdit);
    return out;
  };

  if (open[2] === "/") {
    return xml.slice(0, open.index) + `<${p}sheetData${open[1] ?? ""}>${takeRowsBefore(Infinity)}</${p}sheetData>` + xml.slice(open.index + open[0].length);
  }
  const start = open.index + open[0].length;
  const end = xml.indexOf(`</${p}sheetData>`, start);
  if (end < 0) return xml;
  const body = xml.slice(start, end);
  const token = new RegExp(`<(/?)${p}(row|c)(?=[\\s/>])${ATTR_GROUP}\\s*(/?)>`, "g");
  let out = "";
  let last = 0;
  let row = 0;
  let col = 0;
  let inRow = false;
  let m: RegExpExecArray | null;
  while ((m = token.exec(body))) {
    const [whole, closing, tag, attrText = "", selfClosing] = m;
    out += body.slice(last, m.index);
    last = m.index + whole.length;
    if (tag === "row") {
      if (closing) {
        out += takeCells(row, Infinity) + whole;
        inRow = false;
        continue;
      }
      const a = parseAttrs(attrText);
      row = a.has("r") ? Number(a.get("r")) : row + 1;
      col = 0;
      out += takeRowsBefore(row);
      const hasEdits = pending.length > 0 && (pending[0] as CellEdit).row === row;
      // `spans` is only a hint, and would be wrong once a cell is added outside it.
      const attrs = hasEdits ? removeAttr(attrText, "spans") : attrText;
      if (selfClosing) out += hasEdits ? `<${p}row${attrs}>${takeCells(row, Infinity)}</${p}row>` : whole;
      else {
        out += hasEdits ? `<${p}row${attrs}>` : whole;
        inRow = true;
      }
      continue;
    }
    if (closing || !inRow) {
      out += whole;
      continue;
    }
    const a = parseAttrs(attrText);
    const ref = a.get("r");
    const at = ref ? parseA1(ref) : undefined;
    col = at ? at.col : col + 1;
    out += takeCells(row, col);
    const edit = edits.get(row * 16384 + col);
    if (edit && pending.length > 0 && pending[0] === edit) {
      pending.shift();
      const base = Number(a.get("s") ?? 0) || 0;
      const s = styles.variant(base, { fill: edit.fill });
      out += `<${p}c${setAttr(attrText, "s", String(s))}${selfClosing ? "/" : ""}>`;
    } else out += whole;
  }
  out += body.slice(last);
  out += takeRowsBefore(Infinity);
  return xml.slice(0, start) + out + xml.slice(end);
}

/** Elements that follow legacyDrawing in CT_Worksheet, to insert it before. */
const AFTER_LEGACY_DRAWING = ["legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

function addNotes(pkg: Package, sheetPart: string, edits: readonly CellEdit[], request: PatchRequest): void {
  if (edits.length === 0) return;
  const rels = pkg.rels(sheetPart);
  let commentsPart = rels.find((r) => r.type.endsWith("/comments") && !r.external)?.target;
  let vmlPart = rels.find((r) => r.type.endsWith("/vmlDrawing") && !r.external)?.target;
  if (commentsPart && !pkg.has(commentsPart)) commentsPart = undefined;
  if (vmlPart && !pkg.has(vmlPart)) vmlPart = undefined;

  let comments: string;
  if (commentsPart) comments = pkg.read(commentsPart) as string;
  else {
    commentsPart = pkg.freeName("xl/comments", ".xml");
    comments = `${XML_DECL}<comments xmlns="${NS_MAIN}"><authors></authors><commentList></commentList></comments>`;
    pkg.addRel(sheetPart, REL_COMMENTS, commentsPart);
    pkg.contentType(commentsPart, CT_COMMENTS);
  }
  const cp = rootPrefix(comments, "comments");
  comments = comments.replace(new RegExp(`<${cp}authors\\s*/>`), `<${cp}authors></${cp}authors>`).replace(new RegExp(`<${cp}commentList\\s*/>`), `<${cp}commentList></${cp}commentList>`);
  if (!new RegExp(`<${cp}authors[\\s>]`).test(comments)) comments = comments.replace(new RegExp(`(<${cp}comments[^>]*>)`), `$1<${cp}authors></${cp}authors>`);
  if (!new RegExp(`<${cp}commentList[\\s>]`).test(comments)) comments = comments.replace(`</${cp}comments>`, `<${cp}commentList></${cp}commentList></${cp}comments>`);
  const authors = [...comments.matchAll(new RegExp(`<${cp}author>([\\s\\S]*?)</${cp}author>`, "g"))].map((m) => unescapeXml(m[1] ?? ""));
  let authorId = authors.indexOf(request.author);
  if (authorId < 0) {
    authorId = authors.length;
    comments = comments.replace(`</${cp}authors>`, `<${cp}author>${escapeText(request.author)}</${cp}author></${cp}authors>`);
  }

  const run = (text: string): string =>
    `<${cp}r><${cp}rPr><${cp}sz val="9"/><${cp}color indexed="81"/><${cp}rFont val="Tahoma"/><${cp}family val="2"/></${cp}rPr><${cp}t xml:space="preserve">${escapeText(text)}</${cp}t></${cp}r>`;
  const newShapes: CellEdit[] = [];
  for (const e of edits) {
    const ref = refOf(e.row, e.col);
    const existing = new RegExp(`(<${cp}comment\\s[^>]*\\bref\\s*=\\s*"${ref}"[^>]*>)([\\s\\S]*?)(</${cp}comment>)`).exec(comments);
    if (existing) {
      const body = existing[2] ?? "";
      const textMatch = new RegExp(`<${cp}text>([\\s\\S]*?)</${cp}text>`).exec(body);
      const inner = textMatch?.[1] ?? "";
      const plain = unescapeXml(inner.replace(/<[^>]+>/g, ""));
      let newInner: string;
      if (plain.trim() === "") newInner = run(e.note);
      else {
        // A bare <t> becomes a run so that ours can follow it (a text holds either, not both).
        const runs = new RegExp(`<${cp}r[\\s>]`).test(inner) ? inner.replace(new RegExp(`<${cp}rPh[\\s\\S]*?</${cp}rPh>|<${cp}phoneticPr[^>]*/>`, "g"), "") : `<${cp}r>${inner}</${cp}r>`;
        newInner = `${runs}${run(`\n${request.noteSeparator}\n${e.note}`)}`;
      }
      const newBody = textMatch ? body.replace(textMatch[0], `<${cp}text>${newInner}</${cp}text>`) : `<${cp}text>${newInner}</${cp}text>${body}`;
      comments = comments.slice(0, existing.index) + existing[1] + newBody + existing[3] + comments.slice(existing.index + existing[0].length);
    } else {
      comments = comments.replace(`</${cp}commentList>`, `<${cp}comment ref="${ref}" authorId="${authorId}"><${cp}text>${run(e.note)}</${cp}text></${cp}comment></${cp}commentList>`);
      newShapes.push(e);
    }
  }
  pkg.write(commentsPart, comments);
  if (newShapes.length === 0) return;

  if (vmlPart) {
    let vml = pkg.read(vmlPart) as string;
    let maxId = 1024;
    for (const m of vml.matchAll(/_x0000_s(\d+)/g)) maxId = Math.max(maxId, Number(m[1]));
    if (!/_x0000_t202/.test(vml)) vml = vml.replace(/<\/xml>\s*$/, `${SHAPETYPE}</xml>`);
    const shapes = newShapes.map((e, i) => noteShape(e, maxId + 1 + i)).join("");
    vml = vml.replace(/<\/xml>\s*$/, `${shapes}</xml>`);
    pkg.write(vmlPart, vml);
    return;
  }
  vmlPart = pkg.freeName("xl/drawings/vmlDrawing", ".vml");
  const idmap = Number(/(\d+)\.vml$/.exec(vmlPart)?.[1] ?? 1);
  const vml =
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idmap}"/></o:shapelayout>${SHAPETYPE}` +
    newShapes.map((e, i) => noteShape(e, idmap * 1024 + 1 + i)).join("") +
    `</xml>`;
  pkg.write(vmlPart, vml);
  pkg.defaultType("vml", CT_VML);
  const rid = pkg.addRel(sheetPart, REL_VML, vmlPart);
  let sheet = pkg.read(sheetPart) as string;
  const p = rootPrefix(sheet, "worksheet");
  const r = relPrefixOf(sheet);
  const element = `<${p}legacyDrawing ${r.decl}${r.prefix}:id="${rid}"/>`;
  let at = -1;
  for (const name of AFTER_LEGACY_DRAWING) {
    const m = new RegExp(`<${p}${name}[\\s>/]`).exec(sheet);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = sheet.lastIndexOf(`</${p}worksheet>`);
  sheet = sheet.slice(0, at) + element + sheet.slice(at);
  pkg.write(sheetPart, sheet);
}

const SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

function noteShape(e: CellEdit, id: number): string {
  const r = e.row - 1;
  const c = e.col - 1;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:180pt;height:80pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>` +
    `<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${c + 1}, 15, ${Math.max(0, r - 1)}, 10, ${c + 4}, 15, ${r + 4}, 4</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${r}</x:Row><x:Column>${c}</x:Column></x:ClientData></v:shape>`
  );
}

function resultsSheetXml(table: ResultsTable, styles: StylesPatch): string {
  const header = styles.variant(0, { bold: true });
  const link = styles.variant(0, { link: true });
  const widths = table.widths ?? [];
  const cols = table.header.map((_h, i) => `<col min="${i + 1}" max="${i + 1}" width="${widths[i] ?? 14}" customWidth="1"/>`).join("");
  const rows: string[] = [];
  const links: string[] = [];
  const cell = (value: ResultCell, row: number, col: number, style?: number): string => {
    const ref = refOf(row, col);
    const s = style !== undefined ? ` s="${style}"` : "";
    if (value === null || value === undefined) return "";
    if (typeof value === "number") return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : "";
    if (typeof value === "string") return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeText(value)}</t></is></c>`;
    if ("number" in value) return `<c r="${ref}" s="${styles.variant(0, { numFmt: value.format })}"><v>${value.number}</v></c>`;
    if ("fill" in value) return `<c r="${ref}" s="${styles.variant(0, { fill: value.fill })}" t="inlineStr"><is><t xml:space="preserve">${escapeText(value.text)}</t></is></c>`;
    links.push(`<hyperlink ref="${ref}" location="${escapeAttr(`'${value.sheet.replace(/'/g, "''")}'!${value.cell}`)}" display="${escapeAttr(value.text)}"/>`);
    return `<c r="${ref}" s="${link}" t="inlineStr"><is><t xml:space="preserve">${escapeText(value.text)}</t></is></c>`;
  };
  rows.push(`<row r="1">${table.header.map((h, i) => cell(h, 1, i + 1, header)).join("")}</row>`);
  table.rows.forEach((r, i) => {
    const wrapped = styles.variant(0, { wrap: true });
    rows.push(`<row r="${i + 2}">${r.map((v, j) => cell(v, i + 2, j + 1, typeof v === "string" && v.length > 40 ? wrapped : undefined)).join("")}</row>`);
  });
  const lastRow = Math.max(1, table.rows.length + 1);
  const lastCol = columnLetters(Math.max(1, table.header.length));
  return (
    `${XML_DECL}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    // Printed on one page width, landscape, as many pages down as it needs (the header row repeats: addPrintTitles).
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` +
    `<dimension ref="A1:${lastCol}${lastRow}"/>` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${rows.join("")}</sheetData>` +
    (table.rows.length > 0 ? `<autoFilter ref="A1:${lastCol}${lastRow}"/>` : "") +
    (links.length > 0 ? `<hyperlinks>${links.join("")}</hyperlinks>` : "") +
    `<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>`
  );
}

export { openZip };
