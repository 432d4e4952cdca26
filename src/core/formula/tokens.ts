/**
 * A small, fast tokenizer for Excel formulas in A1 notation, as a file or Excel holds them
 * (`=SUM(D4:D42)`, `=E9/C9`, `='[上年.xlsx]明细'!D5`, `=[1]Sheet1!C5`). It runs once per formula cell of
 * a 50,000-row sheet, so it is a single pass over char codes with no regular expression per token.
 * Never throws: text it cannot read becomes an `other` token, and callers treat the formula as opaque.
 */

export interface CellRef {
  row: number;
  col: number;
  rowAbs: boolean;
  colAbs: boolean;
}

export type Token =
  | { kind: "number"; value: number; text: string; start: number }
  | { kind: "string"; value: string; start: number }
  /** A cell or a range (`D4`, `D4:D42`, `Sheet2!A1`); whole columns and rows (`D:D`, `4:4`) use 0 for the open side. */
  | { kind: "ref"; sheet: string | null; book: string | null; from: CellRef; to: CellRef; start: number; end: number }
  /** A function name, its `(` consumed. */
  | { kind: "func"; name: string; start: number }
  /** A defined name, TRUE/FALSE, or anything else made of letters. */
  | { kind: "name"; name: string; start: number }
  | { kind: "error"; text: string; start: number }
  | { kind: "op"; text: string; start: number }
  | { kind: "other"; text: string; start: number };

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** Characters that may continue a name (Sheet1, _xlfn.STDEV, 明细表). */
function isNameChar(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 95 || c === 46 || c === 92 || c > 127;
}

interface Part {
  /** 0 when absent. */
  col: number;
  row: number;
  colAbs: boolean;
  rowAbs: boolean;
  end: number;
}

/** Reads `$A$1`, `A1`, `A`, `1` (with optional `$`) at i; undefined when it is not a reference part. */
function readPart(s: string, i: number): Part | undefined {
  let j = i;
  let colAbs = false;
  let rowAbs = false;
  if (s.charCodeAt(j) === 36) {
    colAbs = true;
    j++;
  }
  let col = 0;
  const letters = j;
  while (j < s.length && isLetter(s.charCodeAt(j)) && j - letters < 3) {
    const c = s.charCodeAt(j);
    col = col * 26 + ((c >= 97 ? c - 32 : c) - 64);
    j++;
  }
  const hasLetters = j > letters;
  if (!hasLetters && colAbs) {
    // `$4` of a row range: the `$` belongs to the row.
    rowAbs = true;
    colAbs = false;
  } else if (s.charCodeAt(j) === 36) {
    rowAbs = true;
    j++;
  }
  let row = 0;
  const digits = j;
  while (j < s.length && isDigit(s.charCodeAt(j)) && j - digits < 7) {
    row = row * 10 + (s.charCodeAt(j) - 48);
    j++;
  }
  const hasDigits = j > digits;
  if (!hasLetters && !hasDigits) return undefined;
  if (hasLetters && isNameChar(s.charCodeAt(j)) && s.charCodeAt(j) !== 46) return undefined; // part of a longer name
  if (hasDigits && (isLetter(s.charCodeAt(j)) || s.charCodeAt(j) === 95)) return undefined;
  if (s.charCodeAt(j) === 40) return undefined; // LOG10( is a function
  if (col > MAX_COL || row > MAX_ROW) return undefined;
  return { col, row, colAbs, rowAbs, end: j };
}

/** A cell, range, whole column or whole row at i (after any sheet prefix). */
function readRef(s: string, i: number): { from: Part; to: Part } | undefined {
  const a = readPart(s, i);
  if (!a) return undefined;
  if (s.charCodeAt(a.end) === 58) {
    const b = readPart(s, a.end + 1);
    if (b && (a.col > 0) === (b.col > 0) && (a.row > 0) === (b.row > 0)) return { from: a, to: b };
  }
  // A lone column (`D`) or a lone row number is no reference.
  if (a.col === 0 || a.row === 0) return undefined;
  return { from: a, to: a };
}

const cellRef = (p: Part): CellRef => ({ row: p.row, col: p.col, rowAbs: p.rowAbs, colAbs: p.colAbs });

/** from and to of a single cell are one object, so `to !== from` tells a range. */
function refEnds(ref: { from: Part; to: Part }): { from: CellRef; to: CellRef } {
  const from = cellRef(ref.from);
  return { from, to: ref.to === ref.from ? from : cellRef(ref.to) };
}

/** Splits `[1]Sheet1`, `C:\dir\[Book.xlsx]Sheet`, `Sheet1` into book and sheet. */
function splitPrefix(prefix: string): { book: string | null; sheet: string } {
  const close = prefix.lastIndexOf("]");
  const open = close >= 0 ? prefix.lastIndexOf("[", close) : -1;
  if (open < 0) return { book: null, sheet: prefix };
  return { book: prefix.slice(0, close + 1), sheet: prefix.slice(close + 1) };
}

const OPS2 = new Set(["<=", ">=", "<>"]);

/** The tokens of a formula (with or without its leading `=`); spaces are dropped. */
export function tokenize(formula: string): Token[] {
  const s = formula;
  const out: Token[] = [];
  let i = s.charCodeAt(0) === 61 ? 1 : 0;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    const start = i;
    if (c === 32 || c === 10 || c === 13 || c === 9) {
      i++;
      continue;
    }
    if (c === 34) {
      // "text" with "" for a quote
      let j = i + 1;
      let value = "";
      for (;;) {
        const k = s.indexOf('"', j);
        if (k < 0) {
          value += s.slice(j);
          j = n;
          break;
        }
        value += s.slice(j, k);
        if (s.charCodeAt(k + 1) === 34) {
          value += '"';
          j = k + 2;
        } else {
          j = k + 1;
          break;
        }
      }
      out.push({ kind: "string", value, start });
      i = j;
      continue;
    }
    if (c === 39 || c === 91) {
      // 'Sheet name'!A1, '[Book]Sheet'!A1, or [1]Sheet1!A1
      let prefix: string;
      let j: number;
      if (c === 39) {
        prefix = "";
        j = i + 1;
        for (;;) {
          const k = s.indexOf("'", j);
          if (k < 0) {
            j = n;
            break;
          }
          prefix += s.slice(j, k);
          if (s.charCodeAt(k + 1) === 39) {
            prefix += "'";
            j = k + 2;
          } else {
            j = k + 1;
            break;
          }
        }
      } else {
        const close = s.indexOf("]", i);
        if (close < 0) {
          out.push({ kind: "other", text: s.slice(i), start });
          break;
        }
        j = close + 1;
        while (j < n && isNameChar(s.charCodeAt(j))) j++;
        prefix = s.slice(i, j);
      }
      if (s.charCodeAt(j) === 33) {
        const ref = readRef(s, j + 1);
        const { book, sheet } = splitPrefix(prefix);
        if (ref) {
          out.push({ kind: "ref", sheet, book, ...refEnds(ref), start, end: ref.to.end });
          i = ref.to.end;
          continue;
        }
        // A name in another workbook ([1]!Budget): still a link, with no cell.
        let k = j + 1;
        while (k < n && isNameChar(s.charCodeAt(k))) k++;
        const none: CellRef = { row: 0, col: 0, rowAbs: true, colAbs: true };
        out.push({ kind: "ref", sheet, book, from: none, to: none, start, end: k });
        i = k;
        continue;
      }
      out.push({ kind: "other", text: s.slice(i, j), start });
      i = j;
      continue;
    }
    if (isDigit(c) || (c === 46 && isDigit(s.charCodeAt(i + 1)))) {
      // A row range (4:4) starts with digits too.
      if (isDigit(c)) {
        const ref = readRef(s, i);
        if (ref && ref.from.col === 0) {
          out.push({ kind: "ref", sheet: null, book: null, ...refEnds(ref), start, end: ref.to.end });
          i = ref.to.end;
          continue;
        }
      }
      let j = i;
      while (j < n && isDigit(s.charCodeAt(j))) j++;
      if (s.charCodeAt(j) === 46) {
        j++;
        while (j < n && isDigit(s.charCodeAt(j))) j++;
      }
      const e = s.charCodeAt(j);
      if ((e === 69 || e === 101) && (isDigit(s.charCodeAt(j + 1)) || ((s.charCodeAt(j + 1) === 43 || s.charCodeAt(j + 1) === 45) && isDigit(s.charCodeAt(j + 2))))) {
        j += 2;
        while (j < n && isDigit(s.charCodeAt(j))) j++;
      }
      const text = s.slice(i, j);
      out.push({ kind: "number", value: Number(text), text, start });
      i = j;
      continue;
    }
    if (c === 35) {
      // #REF!, #DIV/0!, #N/A
      let j = i + 1;
      while (j < n && (isLetter(s.charCodeAt(j)) || isDigit(s.charCodeAt(j)) || s.charCodeAt(j) === 47)) j++;
      if (s.charCodeAt(j) === 33 || s.charCodeAt(j) === 63) j++;
      out.push({ kind: "error", text: s.slice(i, j).toUpperCase(), start });
      i = j;
      continue;
    }
    if (c === 36 || isLetter(c) || c === 95 || c === 92 || c > 127) {
      if (c === 36 || isLetter(c)) {
        const ref = readRef(s, i);
        if (ref) {
          out.push({ kind: "ref", sheet: null, book: null, ...refEnds(ref), start, end: ref.to.end });
          i = ref.to.end;
          continue;
        }
      }
      let j = i;
      while (j < n && isNameChar(s.charCodeAt(j))) j++;
      if (j === i) j = i + 1;
      const name = s.slice(i, j);
      if (s.charCodeAt(j) === 33) {
        // Sheet1!A1
        const ref = readRef(s, j + 1);
        if (ref) {
          out.push({ kind: "ref", sheet: name, book: null, ...refEnds(ref), start, end: ref.to.end });
          i = ref.to.end;
          continue;
        }
      }
      if (s.charCodeAt(j) === 40) {
        out.push({ kind: "func", name: name.toUpperCase().replace(/^_XLFN\./, ""), start });
        i = j + 1;
        continue;
      }
      out.push({ kind: "name", name, start });
      i = j;
      continue;
    }
    const two = s.slice(i, i + 2);
    if (OPS2.has(two)) {
      out.push({ kind: "op", text: two, start });
      i += 2;
      continue;
    }
    out.push({ kind: "op", text: s[i] as string, start });
    i++;
  }
  return out;
}

/** True when the formula names another workbook (`[1]Sheet1!A1`, `'[上年.xlsx]明细'!D5`). Cheap: no tokens unless it has a `[`. */
export function externalRefs(formula: string): Extract<Token, { kind: "ref" }>[] {
  if (formula.indexOf("[") < 0) return [];
  return tokenize(formula).filter((t): t is Extract<Token, { kind: "ref" }> => t.kind === "ref" && t.book !== null);
}

function colLetters(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function r1c1Part(p: CellRef, row: number, col: number): string {
  let s = "";
  if (p.row > 0) s += p.rowAbs ? `R${p.row}` : p.row === row ? "R" : `R[${p.row - row}]`;
  if (p.col > 0) s += p.colAbs ? `C${p.col}` : p.col === col ? "C" : `C[${p.col - col}]`;
  return s;
}

/**
 * The formula's relative shape (R1C1) as seen from its cell: `=E9/D9` in row 9 of column F is
 * `RC[-1]/RC[-2]`, the same text for every row that divides the same columns. Function names are
 * upper-cased and spaces dropped, so only what the formula computes tells shapes apart.
 */
export function r1c1Shape(tokens: readonly Token[], row: number, col: number): string {
  let s = "";
  for (const t of tokens) {
    switch (t.kind) {
      case "ref": {
        if (t.book !== null) s += t.book;
        if (t.sheet !== null) s += `${t.sheet}!`;
        s += r1c1Part(t.from, row, col);
        if (t.to !== t.from) s += `:${r1c1Part(t.to, row, col)}`;
        break;
      }
      case "number":
        s += t.text;
        break;
      case "string":
        s += JSON.stringify(t.value);
        break;
      case "func":
        s += `${t.name}(`;
        break;
      case "name":
        s += t.name.toUpperCase();
        break;
      case "error":
      case "op":
      case "other":
        s += t.text;
        break;
    }
  }
  return s;
}

/** A1 text of a reference part as seen from (row, col) when moved from `fromRow/fromCol`: for showing the usual formula at a cell. */
export function a1At(shape: readonly Token[], shapeRow: number, shapeCol: number, row: number, col: number): string {
  let s = "=";
  const part = (p: CellRef): string => {
    const r = p.row === 0 ? "" : p.rowAbs ? `$${p.row}` : String(p.row - shapeRow + row);
    const c = p.col === 0 ? "" : p.colAbs ? `$${colLetters(p.col)}` : colLetters(p.col - shapeCol + col);
    return c + r;
  };
  let prev: Token | undefined;
  for (const t of shape) {
    // Keep a space where two names or a name and a number would otherwise run together.
    if (prev && (prev.kind === "name" || prev.kind === "number") && (t.kind === "name" || t.kind === "number" || t.kind === "func")) s += " ";
    switch (t.kind) {
      case "ref": {
        let prefix = "";
        if (t.book !== null || t.sheet !== null) {
          const raw = `${t.book ?? ""}${t.sheet ?? ""}`;
          prefix = /^[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff.]*$/.test(raw) ? `${raw}!` : `'${raw.replace(/'/g, "''")}'!`;
        }
        s += prefix + part(t.from) + (t.to !== t.from ? `:${part(t.to)}` : "");
        break;
      }
      case "number":
        s += t.text;
        break;
      case "string":
        s += `"${t.value.replace(/"/g, '""')}"`;
        break;
      case "func":
        s += `${t.name}(`;
        break;
      case "name":
        s += t.name;
        break;
      default:
        s += t.text;
    }
    prev = t;
  }
  return s;
}
