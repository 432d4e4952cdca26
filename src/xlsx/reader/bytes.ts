/**
 * The tokenizer for the two parts that grow with the data (worksheets and the shared-string table),
 * over the inflated bytes of the whole part: no text is decoded but what a handler asks for. An
 * element comes as the index of its local name in a fixed list (-1 for any other), its attributes
 * stay byte ranges until asked for, and text comes as a byte range (or as a string, once, when it held
 * entities). Well-formedness is judged as saxes judges the rest of the package: comments and
 * processing instructions are skipped, CDATA is text, the five predefined and numeric entities are
 * decoded strictly (any other entity, or a bare &, makes the part unreadable), and a DOCTYPE is refused.
 */
import { decodeXmlEntities } from "../xml-entities";

export class XmlSyntaxError extends Error {}
export class DoctypeError extends Error {}

export interface ByteXmlHandlers {
  /** `name`: the index of the element's local name (after any prefix) in the scanner's names, or -1. */
  open(name: number, selfClosing: boolean): void;
  close(name: number): void;
  /** Text in `bytes[start, end)`; `decoded` is given (and then is the text) when the bytes held entities. */
  text(start: number, end: number, decoded: string | undefined): void;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const AMP = 38;
const EQ = 61;
const COLON = 58;
/** Bytes scanned between two calls of `tick` (the read's time limit). */
const TICK_BYTES = 1 << 20;

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;

const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** UTF-8 bytes → text, as the part's decoder would have given it; short ASCII runs without a decoder. */
export function utf8Text(b: Uint8Array, start: number, end: number): string {
  if (end - start <= 12) {
    let s = "";
    for (let i = start; i < end; i++) {
      const c = b[i] as number;
      if (c >= 128) return utf8.decode(b.subarray(start, end));
      s += String.fromCharCode(c);
    }
    return s;
  }
  return utf8.decode(b.subarray(start, end));
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * parseFloat of the bytes, without making them a string when they are a plain decimal of at most 15
 * digits: then the digits as an integer and the power of ten are both exact, and their quotient is
 * the correctly rounded value, which is what parseFloat gives.
 */
export function numberAt(b: Uint8Array, start: number, end: number): number {
  let i = start;
  const negative = b[i] === 45;
  if (negative) i++;
  let m = 0;
  let digits = 0;
  let decimals = -1;
  for (; i < end; i++) {
    const c = b[i] as number;
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits++;
      if (decimals >= 0) decimals++;
    } else if (c === 46 && decimals < 0) decimals = 0;
    else return parseFloat(utf8Text(b, start, end));
  }
  if (digits === 0 || digits > 15) return parseFloat(utf8Text(b, start, end));
  const x = decimals > 0 ? m / (POW10[decimals] as number) : m;
  return negative ? -x : x;
}

/** parseInt(…, 10) of the bytes, without a string for up to nine plain digits. */
export function intAt(b: Uint8Array, start: number, end: number): number {
  if (end - start > 0 && end - start <= 9) {
    let n = 0;
    let i = start;
    for (; i < end; i++) {
      const c = b[i] as number;
      if (c < 48 || c > 57) break;
      n = n * 10 + (c - 48);
    }
    if (i === end) return n;
  }
  return parseInt(utf8Text(b, start, end), 10);
}

const strict = (text: string): string => decodeXmlEntities(text, "strict");

const encodeName = (name: string): Uint8Array => Uint8Array.from(name, (ch) => ch.charCodeAt(0));

/** The part's bytes as UTF-8 without a byte-order mark: UTF-16 parts are transcoded, once. */
export function asUtf8(bytes: Uint8Array): { bytes: Uint8Array; start: number } {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const text = new TextDecoder(b0 === 0xff ? "utf-16le" : "utf-16be").decode(bytes);
    return { bytes: new TextEncoder().encode(text), start: 0 };
  }
  // A plain view of a Buffer: its element reads and indexOf are the typed array's own.
  const view = Object.getPrototypeOf(bytes) === Uint8Array.prototype ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { bytes: view, start: b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf ? 3 : 0 };
}

export class ByteXmlScanner {
  /** Attribute i: name start, name end, value start, value end at 4i … 4i+3. */
  private attrs = new Int32Array(64);
  private decodedAttrs: (string | undefined)[] = [];
  private attrCount = 0;
  private readonly names: Uint8Array[];
  private h: ByteXmlHandlers = { open() {}, close() {}, text() {} };

  constructor(
    readonly bytes: Uint8Array,
    names: readonly string[],
    private readonly tick: () => void = () => {},
  ) {
    this.names = names.map(encodeName);
  }

  /** The attribute of the element just opened, by its full name (`r:id` with its prefix); -1 when absent. */
  attrIndex(name: string): number {
    const a = this.attrs;
    const b = this.bytes;
    // The last of two same-named attributes wins, as it did in a record of them.
    for (let i = this.attrCount - 1; i >= 0; i--) {
      const s = a[4 * i] as number;
      if ((a[4 * i + 1] as number) - s !== name.length) continue;
      let k = 0;
      while (k < name.length && b[s + k] === name.charCodeAt(k)) k++;
      if (k === name.length) return i;
    }
    return -1;
  }

  /** How many attributes the element just opened has. */
  get attributeCount(): number {
    return this.attrCount;
  }

  /** The attribute's name when it is one letter (as a char code, `r` → 114), else -1. */
  shortName(i: number): number {
    const s = this.attrs[4 * i] as number;
    return (this.attrs[4 * i + 1] as number) - s === 1 ? (this.bytes[s] as number) : -1;
  }

  /** Whether the attribute's value (entities decoded) is `text`. */
  attrIs(i: number, text: string): boolean {
    const decoded = this.decodedAttrs[i];
    if (decoded !== undefined) return decoded === text;
    const s = this.attrs[4 * i + 2] as number;
    if ((this.attrs[4 * i + 3] as number) - s !== text.length) return false;
    for (let k = 0; k < text.length; k++) if (this.bytes[s + k] !== text.charCodeAt(k)) return false;
    return true;
  }

  attrValue(i: number): string {
    return this.decodedAttrs[i] ?? utf8Text(this.bytes, this.attrs[4 * i + 2] as number, this.attrs[4 * i + 3] as number);
  }

  attr(name: string): string | undefined {
    const i = this.attrIndex(name);
    return i < 0 ? undefined : this.attrValue(i);
  }

  /** Value start and end of attribute i, or -1 when its bytes held entities (ask attrValue then). */
  attrStart(i: number): number {
    return this.decodedAttrs[i] !== undefined ? -1 : (this.attrs[4 * i + 2] as number);
  }

  attrEnd(i: number): number {
    return this.attrs[4 * i + 3] as number;
  }

  /** All attributes of the element just opened, for the elements that are not per cell. */
  attributes(): Record<string, string> {
    const out: Record<string, string> = {};
    for (let i = 0; i < this.attrCount; i++) out[utf8Text(this.bytes, this.attrs[4 * i] as number, this.attrs[4 * i + 1] as number)] = this.attrValue(i);
    return out;
  }

  /** Scans the part from `start` to its end; throws XmlSyntaxError, DoctypeError or the handlers' errors. */
  scan(start: number, handlers: ByteXmlHandlers): void {
    this.h = handlers;
    const b = this.bytes;
    const n = b.length;
    const h = handlers;
    let depth = 0;
    let seenRoot = false;
    let pos = start;
    let nextTick = pos + TICK_BYTES;
    while (pos < n) {
      if (pos >= nextTick) {
        this.tick();
        nextTick = pos + TICK_BYTES;
      }
      // A loop, not indexOf: the next '<' is a few bytes away, nearer than a call into the runtime.
      let lt = pos;
      while (lt < n && b[lt] !== LT) lt++;
      const found = lt < n ? lt : -1;
      if (lt > pos) {
        if (depth > 0) this.text(pos, lt);
        else if (utf8Text(b, pos, lt).trim() !== "") throw new XmlSyntaxError("text outside the root element");
      }
      if (found < 0) break;
      if (lt + 1 >= n) throw new XmlSyntaxError("unexpected end of XML");
      const c1 = b[lt + 1] as number;
      if (c1 === BANG) {
        pos = this.declaration(lt, depth);
        continue;
      }
      if (c1 === QUESTION) {
        pos = this.find("?>", lt + 2) + 2;
        continue;
      }
      if (c1 === SLASH) {
        const e = b.indexOf(GT, lt + 2);
        if (e < 0) throw new XmlSyntaxError("unexpected end of XML");
        if (depth <= 0) throw new XmlSyntaxError("close tag without open tag");
        depth--;
        let s = lt + 2;
        let t = e;
        while (s < t && isSpace(b[s] as number)) s++;
        while (t > s && isSpace(b[t - 1] as number)) t--;
        h.close(this.closeName(s, t));
        pos = e + 1;
        continue;
      }
      let p = lt + 1;
      while (p < n) {
        const c = b[p] as number;
        if (isSpace(c) || c === GT || c === SLASH) break;
        p++;
      }
      if (p >= n) throw new XmlSyntaxError("unexpected end of XML");
      if (p === lt + 1) throw new XmlSyntaxError("empty tag name");
      const name = this.nameCode(lt + 1, p);
      pos = this.attributesFrom(p);
      const selfClosing = this.selfClosed;
      if (depth === 0) {
        if (seenRoot) throw new XmlSyntaxError("second root element");
        seenRoot = true;
      }
      h.open(name, selfClosing);
      if (selfClosing) h.close(name);
      else depth++;
    }
    if (!seenRoot || depth !== 0) throw new XmlSyntaxError("unclosed element");
  }

  private selfClosed = false;

  /** Reads the attributes of a start tag from `p` (just past its name); returns where the tag ends. */
  private attributesFrom(from: number): number {
    const b = this.bytes;
    const n = b.length;
    let p = from;
    this.attrCount = 0;
    if (this.decodedAttrs.length > 0) this.decodedAttrs = [];
    this.selfClosed = false;
    while (p < n) {
      const c = b[p] as number;
      if (isSpace(c)) {
        p++;
        continue;
      }
      if (c === GT) return p + 1;
      if (c === SLASH) {
        if (p + 1 >= n) break;
        if (b[p + 1] !== GT) throw new XmlSyntaxError("bad '/' in tag");
        this.selfClosed = true;
        return p + 2;
      }
      const nameStart = p;
      while (p < n) {
        const d = b[p] as number;
        if (d === EQ || isSpace(d)) break;
        p++;
      }
      const nameEnd = p;
      while (p < n && isSpace(b[p] as number)) p++;
      if (p >= n) break;
      if (b[p] !== EQ) throw new XmlSyntaxError("attribute without value");
      p++;
      while (p < n && isSpace(b[p] as number)) p++;
      if (p >= n) break;
      const quote = b[p] as number;
      if (quote !== 34 && quote !== 39) throw new XmlSyntaxError("unquoted attribute");
      const close = b.indexOf(quote, p + 1);
      if (close < 0) break;
      let amp = false;
      for (let k = p + 1; k < close; k++) {
        const d = b[k];
        if (d === LT) throw new XmlSyntaxError("'<' in attribute");
        if (d === AMP) amp = true;
      }
      this.pushAttr(nameStart, nameEnd, p + 1, close, amp);
      p = close + 1;
    }
    throw new XmlSyntaxError("unexpected end of XML");
  }

  private pushAttr(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number, amp: boolean): void {
    const i = this.attrCount++;
    if (4 * i + 4 > this.attrs.length) {
      const grown = new Int32Array(this.attrs.length * 2);
      grown.set(this.attrs);
      this.attrs = grown;
    }
    const a = this.attrs;
    a[4 * i] = nameStart;
    a[4 * i + 1] = nameEnd;
    a[4 * i + 2] = valueStart;
    a[4 * i + 3] = valueEnd;
    // Decoded (and so judged) now, as every attribute was before: a bad entity is bad wherever it is.
    if (amp) this.decodedAttrs[i] = strict(utf8Text(this.bytes, valueStart, valueEnd));
  }

  private text(start: number, end: number): void {
    const b = this.bytes;
    for (let k = start; k < end; k++) {
      if (b[k] === AMP) {
        this.h.text(start, end, strict(utf8Text(b, start, end)));
        return;
      }
    }
    this.h.text(start, end, undefined);
  }

  /** `<!--`, `<![CDATA[`, or a markup declaration (a DOCTYPE is refused); returns where it ends. */
  private declaration(lt: number, depth: number): number {
    if (this.startsWith("<!--", lt)) return this.find("-->", lt + 4) + 3;
    if (this.startsWith("<![CDATA[", lt)) {
      const e = this.find("]]>", lt + 9);
      if (depth > 0) this.h.text(lt + 9, e, undefined);
      return e + 3;
    }
    if (this.bytes.length - lt < 9) throw new XmlSyntaxError("unexpected end of XML");
    if (this.startsWith("<!DOCTYPE", lt)) throw new DoctypeError("DOCTYPE");
    throw new XmlSyntaxError("markup declaration");
  }

  private startsWith(text: string, at: number): boolean {
    if (at + text.length > this.bytes.length) return false;
    for (let k = 0; k < text.length; k++) if (this.bytes[at + k] !== text.charCodeAt(k)) return false;
    return true;
  }

  /** Where `text` next starts at or after `from`; an unfinished construct is the end of the XML. */
  private find(text: string, from: number): number {
    const first = text.charCodeAt(0);
    let at = from;
    for (;;) {
      at = this.bytes.indexOf(first, at);
      if (at < 0) throw new XmlSyntaxError("unexpected end of XML");
      if (this.startsWith(text, at)) return at;
      at++;
    }
  }

  /** A close tag's name code; a name with non-ASCII bytes is trimmed as text is (a no-break space, a BOM). */
  private closeName(start: number, end: number): number {
    for (let k = start; k < end; k++) {
      if ((this.bytes[k] as number) >= 128) {
        const name = utf8Text(this.bytes, start, end).trim();
        const colon = name.indexOf(":");
        return this.names.findIndex((n) => String.fromCharCode(...n) === (colon < 0 ? name : name.slice(colon + 1)));
      }
    }
    return this.nameCode(start, end);
  }

  /** The index in `names` of the local part (after the first colon) of `bytes[start, end)`; -1 for none. */
  private nameCode(start: number, end: number): number {
    const b = this.bytes;
    let s = start;
    for (let k = start; k < end; k++) {
      if (b[k] === COLON) {
        s = k + 1;
        break;
      }
    }
    const len = end - s;
    const names = this.names;
    for (let i = 0; i < names.length; i++) {
      const name = names[i] as Uint8Array;
      if (name.length !== len || name[0] !== b[s]) continue;
      let k = 1;
      while (k < len && name[k] === b[s + k]) k++;
      if (k === len) return i;
    }
    return -1;
  }
}
