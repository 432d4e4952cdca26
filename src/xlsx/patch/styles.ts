/**
 * Adds to styles.xml what the copy needs — solid fills, and cell formats that are an existing one
 * with a fill (or a bold, link or wrapped variant) — appending only, so every index already used
 * by the workbook keeps its meaning.
 */
import { ATTR_GROUP, ATTRS, escapeAttr, parseAttrs, rootPrefix, setAttr } from "./xmltext";

export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

/** Elements in styleSheet order, for inserting a section that is missing. */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

export interface XfVariant {
  fill?: string;
  bold?: boolean;
  link?: boolean;
  wrap?: boolean;
  numFmt?: string;
}

export class StylesPatch {
  private xml: string;
  private readonly p: string;
  private readonly xfs: string[];
  private readonly added: string[] = [];
  private readonly fills: string[] = [];
  private readonly fonts: string[] = [];
  private readonly numFmts: string[] = [];
  private readonly fillIds = new Map<string, number>();
  private readonly fontIds = new Map<string, number>();
  private readonly numFmtIds = new Map<string, number>();
  private readonly variants = new Map<string, number>();
  private fillCount: number;
  private fontCount: number;
  private nextNumFmt: number;
  private readonly fontXml: string[];

  constructor(xml: string) {
    this.p = rootPrefix(xml, "styleSheet");
    // Make sure each section we append to exists.
    let s = xml;
    for (const name of ["fonts", "fills", "cellXfs"]) s = this.ensureSection(s, name);
    this.xml = s;
    this.xfs = this.children("cellXfs", "xf");
    this.fillCount = this.children("fills", "fill").length;
    this.fontXml = this.children("fonts", "font");
    this.fontCount = this.fontXml.length;
    const existingFmts = this.section("numFmts");
    let maxFmt = 163;
    for (const m of (existingFmts ?? "").matchAll(new RegExp(`<${this.p}numFmt${ATTRS}/?>`, "g"))) {
      const a = parseAttrs(m[1] ?? "");
      const id = Number(a.get("numFmtId"));
      const code = a.get("formatCode");
      if (Number.isFinite(id)) maxFmt = Math.max(maxFmt, id);
      if (code !== undefined && Number.isFinite(id)) this.numFmtIds.set(code, id);
    }
    this.nextNumFmt = maxFmt + 1;
  }

  get cellXfCount(): number {
    return this.xfs.length + this.added.length;
  }

  /** Index of a cell format that is `base` (a cellXfs index) changed as asked. */
  variant(base: number, v: XfVariant): number {
    const b = base >= 0 && base < this.xfs.length ? base : 0;
    const key = `${b}|${v.fill ?? ""}|${v.bold ? 1 : 0}|${v.link ? 1 : 0}|${v.wrap ? 1 : 0}|${v.numFmt ?? ""}`;
    const known = this.variants.get(key);
    if (known !== undefined) return known;
    const source = this.xfs[b] ?? `<${this.p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const m = new RegExp(`^<(${this.p}xf)${ATTRS}(/?)>`).exec(source);
    let attrs = m?.[2] ?? ' numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"';
    let body = m && m[3] !== "/" ? source.slice(m[0].length, source.lastIndexOf("</")) : "";
    if (v.fill) attrs = setAttr(setAttr(attrs, "fillId", String(this.fillId(v.fill))), "applyFill", "1");
    if (v.bold || v.link) {
      const baseFont = Number(parseAttrs(attrs).get("fontId") ?? 0);
      attrs = setAttr(setAttr(attrs, "fontId", String(this.fontId(baseFont, v))), "applyFont", "1");
    }
    if (v.numFmt) attrs = setAttr(setAttr(attrs, "numFmtId", String(this.numFmtId(v.numFmt))), "applyNumberFormat", "1");
    if (v.wrap) {
      attrs = setAttr(attrs, "applyAlignment", "1");
      const align = new RegExp(`<${this.p}alignment${ATTRS}/>`).exec(body);
      const wrapped = `<${this.p}alignment${setAttr(setAttr(align?.[1] ?? "", "wrapText", "1"), "vertical", "top")}/>`;
      body = align ? body.replace(align[0], wrapped) : wrapped + body;
    }
    const xf = body ? `<${this.p}xf${attrs}>${body}</${this.p}xf>` : `<${this.p}xf${attrs}/>`;
    const index = this.xfs.length + this.added.length;
    this.added.push(xf);
    this.variants.set(key, index);
    return index;
  }

  toString(): string {
    let s = this.xml;
    if (this.numFmts.length > 0) {
      s = this.ensureSection(s, "numFmts");
      s = this.append(s, "numFmts", this.numFmts);
    }
    s = this.append(s, "fonts", this.fonts);
    s = this.append(s, "fills", this.fills);
    s = this.append(s, "cellXfs", this.added);
    return s;
  }

  private fillId(argb: string): number {
    const known = this.fillIds.get(argb);
    if (known !== undefined) return known;
    const id = this.fillCount++;
    this.fills.push(`<${this.p}fill><${this.p}patternFill patternType="solid"><${this.p}fgColor rgb="${escapeAttr(argb)}"/><${this.p}bgColor indexed="64"/></${this.p}patternFill></${this.p}fill>`);
    this.fillIds.set(argb, id);
    return id;
  }

  private fontId(base: number, v: XfVariant): number {
    const key = `${base}|${v.bold ? 1 : 0}|${v.link ? 1 : 0}`;
    const known = this.fontIds.get(key);
    if (known !== undefined) return known;
    const source = this.fontXml[base] ?? this.fontXml[0] ?? `<${this.p}font></${this.p}font>`;
    const inner = source.endsWith("/>") ? "" : source.slice(source.indexOf(">") + 1, source.lastIndexOf("</"));
    let body = inner;
    if (v.bold && !new RegExp(`<${this.p}b[\\s/>]`).test(body)) body = `<${this.p}b/>` + body;
    if (v.link) {
      body = body.replace(new RegExp(`<${this.p}color${ATTRS}/>`), "").replace(new RegExp(`<${this.p}u${ATTRS}/>`), "");
      // CT_Font is a sequence: b, i, strike, …, u, …, sz, color, name; b and u first is valid.
      body = `<${this.p}u/>` + body.replace(new RegExp(`(<${this.p}sz${ATTRS}/>)`), `$1<${this.p}color rgb="FF0563C1"/>`);
      if (!body.includes("FF0563C1")) body += `<${this.p}color rgb="FF0563C1"/>`;
    }
    const id = this.fontCount++;
    this.fonts.push(`<${this.p}font>${body}</${this.p}font>`);
    this.fontIds.set(key, id);
    return id;
  }

  private numFmtId(code: string): number {
    const known = this.numFmtIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextNumFmt++;
    this.numFmts.push(`<${this.p}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    this.numFmtIds.set(code, id);
    return id;
  }

  private section(name: string): string | undefined {
    const re = new RegExp(`<${this.p}${name}(?:\\s[^>]*)?(?:/>|>[\\s\\S]*?</${this.p}${name}>)`);
    return re.exec(this.xml)?.[0];
  }

  private children(section: string, child: string): string[] {
    const text = this.section(section);
    if (!text) return [];
    const out: string[] = [];
    const re = new RegExp(`<${this.p}${child}${ATTRS}(?:/>|>([\\s\\S]*?)</${this.p}${child}>)`, "g");
    const start = text.indexOf(">") + 1;
    re.lastIndex = start;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) out.push(m[0]);
    return out;
  }

  private ensureSection(xml: string, name: string): string {
    if (new RegExp(`<${this.p}${name}[\\s>/]`).test(xml)) {
      // An empty self-closed section (`<fills/>`) is opened so that children can go in.
      return xml.replace(new RegExp(`<${this.p}${name}(\\s[^>]*)?/>`), `<${this.p}${name}$1></${this.p}${name}>`.replace("$1", "$1"));
    }
    const later = ORDER.slice(ORDER.indexOf(name) + 1);
    for (const next of later) {
      const m = new RegExp(`<${this.p}${next}[\\s>/]`).exec(xml);
      if (m) return xml.slice(0, m.index) + `<${this.p}${name} count="0"></${this.p}${name}>` + xml.slice(m.index);
    }
    const end = xml.lastIndexOf(`</${this.p}styleSheet>`);
    return xml.slice(0, end) + `<${this.p}${name} count="0"></${this.p}${name}>` + xml.slice(end);
  }

  private append(xml: string, name: string, items: readonly string[]): string {
    if (items.length === 0) return xml;
    const re = new RegExp(`(<${this.p}${name})${ATTR_GROUP}(\\s*>)([\\s\\S]*?)(</${this.p}${name}>)`);
    const m = re.exec(xml);
    if (!m) return xml;
    const inner = m[4] ?? "";
    const count = (inner.match(new RegExp(`<${this.p}${name === "numFmts" ? "numFmt" : name === "cellXfs" ? "xf" : name.slice(0, -1)}[\\s>/]`, "g")) ?? []).length + items.length;
    const attrs = setAttr(m[2] ?? "", "count", String(count));
    return xml.slice(0, m.index) + `${m[1]}${attrs}>${inner}${items.join("")}${m[5]}` + xml.slice(m.index + m[0].length);
  }
}
