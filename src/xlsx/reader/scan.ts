/**
 * A small, fast XML tokenizer for the two parts that grow with the data (worksheets and the
 * shared-string table), where saxes's full validation costs more than the rest of the audit. It reads
 * elements, attributes, text, CDATA and the five predefined and numeric entities; it skips comments and
 * processing instructions; it refuses a DOCTYPE and any other entity, exactly like the saxes path.
 * Streaming: `write` takes decoded text chunk by chunk and keeps an unfinished tag for the next one.
 */
import { decodeXmlEntities } from "../xml-entities";
import type { XmlHandlers } from "./xml";

export class XmlSyntaxError extends Error {}
export class DoctypeError extends Error {}

const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** The reader's entity decoding: strict, so an undefined entity or a bare & makes the part unreadable. */
const decodeEntities = (text: string): string => decodeXmlEntities(text, "strict");

function localName(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

export class XmlScanner {
  private buf = "";
  private depth = 0;
  private seenRoot = false;

  constructor(private readonly h: XmlHandlers) {}

  write(chunk: string): void {
    const s = this.buf.length > 0 ? this.buf + chunk : chunk;
    const end = this.scan(s);
    this.buf = end < s.length ? s.slice(end) : "";
  }

  close(): void {
    if (this.buf.trim().length > 0) throw new XmlSyntaxError("unexpected end of XML");
    if (!this.seenRoot || this.depth !== 0) throw new XmlSyntaxError("unclosed element");
  }

  /** Scans what it can of `s`; returns where the unfinished rest starts. */
  private scan(s: string): number {
    const h = this.h;
    let pos = 0;
    const n = s.length;
    while (pos < n) {
      const lt = s.indexOf("<", pos);
      if (lt < 0) {
        // Text may go on in the next chunk: pass on what cannot hold half an entity, keep the rest.
        const amp = s.lastIndexOf("&");
        const cut = amp >= pos ? amp : n;
        if (cut > pos && this.depth > 0) {
          if (h.text) h.text(decodeEntities(s.slice(pos, cut)));
          return cut;
        }
        return pos;
      }
      if (lt > pos) {
        if (this.depth > 0) {
          if (h.text) h.text(decodeEntities(s.slice(pos, lt)));
        } else if (s.slice(pos, lt).trim() !== "") throw new XmlSyntaxError("text outside the root element");
      }
      if (lt + 1 >= n) return lt;
      const c1 = s.charCodeAt(lt + 1);
      if (c1 === BANG) {
        if (s.startsWith("<!--", lt)) {
          const e = s.indexOf("-->", lt + 4);
          if (e < 0) return lt;
          pos = e + 3;
          continue;
        }
        if (s.startsWith("<![CDATA[", lt)) {
          const e = s.indexOf("]]>", lt + 9);
          if (e < 0) return lt;
          if (h.text && this.depth > 0) h.text(s.slice(lt + 9, e));
          pos = e + 3;
          continue;
        }
        if (n - lt < 9) return lt;
        if (s.startsWith("<!DOCTYPE", lt)) throw new DoctypeError("DOCTYPE");
        throw new XmlSyntaxError("markup declaration");
      }
      if (c1 === QUESTION) {
        const e = s.indexOf("?>", lt + 2);
        if (e < 0) return lt;
        pos = e + 2;
        continue;
      }
      if (c1 === SLASH) {
        const e = s.indexOf(">", lt + 2);
        if (e < 0) return lt;
        const name = s.slice(lt + 2, e).trim();
        if (this.depth <= 0) throw new XmlSyntaxError("close tag without open tag");
        this.depth--;
        h.close(localName(name));
        pos = e + 1;
        continue;
      }
      // A start tag: name, then attributes (whose values may hold '>').
      let p = lt + 1;
      while (p < n) {
        const c = s.charCodeAt(p);
        if (isSpace(c) || c === GT || c === SLASH) break;
        p++;
      }
      if (p >= n) return lt;
      const name = s.slice(lt + 1, p);
      if (name.length === 0) throw new XmlSyntaxError("empty tag name");
      const attrs: Record<string, string> = {};
      let selfClosing = false;
      let done = false;
      while (p < n) {
        let c = s.charCodeAt(p);
        if (isSpace(c)) {
          p++;
          continue;
        }
        if (c === GT) {
          done = true;
          p++;
          break;
        }
        if (c === SLASH) {
          if (p + 1 >= n) break;
          if (s.charCodeAt(p + 1) !== GT) throw new XmlSyntaxError("bad '/' in tag");
          selfClosing = true;
          done = true;
          p += 2;
          break;
        }
        const start = p;
        while (p < n) {
          const d = s.charCodeAt(p);
          if (d === 61 || isSpace(d)) break;
          p++;
        }
        const attrName = s.slice(start, p);
        while (p < n && isSpace(s.charCodeAt(p))) p++;
        if (p >= n) break;
        if (s.charCodeAt(p) !== 61) throw new XmlSyntaxError("attribute without value");
        p++;
        while (p < n && isSpace(s.charCodeAt(p))) p++;
        if (p >= n) break;
        c = s.charCodeAt(p);
        if (c !== 34 && c !== 39) throw new XmlSyntaxError("unquoted attribute");
        const close = s.indexOf(c === 34 ? '"' : "'", p + 1);
        if (close < 0) break;
        const raw = s.slice(p + 1, close);
        if (raw.indexOf("<") >= 0) throw new XmlSyntaxError("'<' in attribute");
        attrs[attrName] = decodeEntities(raw);
        p = close + 1;
      }
      if (!done) return lt;
      if (this.depth === 0) {
        if (this.seenRoot) throw new XmlSyntaxError("second root element");
        this.seenRoot = true;
      }
      h.open(localName(name), attrs, selfClosing);
      if (selfClosing) h.close(localName(name));
      else this.depth++;
      pos = p;
    }
    return pos;
  }
}
