/**
 * Evaluates the simple formulas the audit needs when a file saved a formula without its result:
 * numbers, + − × ÷ ^ and unary minus, %, comparisons, references and ranges in the same workbook,
 * and SUM, ROUND, ROUNDUP, ROUNDDOWN, ABS, MIN, MAX, AVERAGE, IF, IFERROR. The functions themselves
 * are @formulajs/formulajs (MIT); this file only parses and applies Excel's coercions (SUM skips text
 * in ranges, arithmetic turns numeric text into numbers). Anything else gives `undefined`: the value
 * stays unknown rather than guessed.
 */
import { ABS, AVERAGE, MAX, MIN, ROUND, ROUNDDOWN, ROUNDUP, SUM } from "@formulajs/formulajs";
import { isCellError, type CellError, type CellValue } from "../grid/grid";
import { tokenize, type CellRef, type Token } from "./tokens";

type Scalar = number | string | boolean | CellError | null;
/** A range's values, row-major. */
type Area = { area: Scalar[][] };
type Val = Scalar | Area;

/** Where references are looked up: undefined means "not known" (another workbook, a missing sheet, a cycle). */
export interface Lookup {
  /** The value at a cell of `sheet` (null: the formula's own sheet). */
  value(sheet: string | null, row: number, col: number): CellValue | undefined;
  /** Last row and column with data on `sheet`, to bound whole-column ranges. */
  bounds(sheet: string | null): { lastRow: number; lastCol: number } | undefined;
}

class Unknown extends Error {}

const err = (code: string): CellError => ({ error: code });
const MAX_AREA = 1_000_000;

function isArea(v: Val): v is Area {
  return typeof v === "object" && v !== null && "area" in v;
}

/** A scalar as a number for arithmetic: blanks are 0, TRUE is 1, numeric text is read, other text is #VALUE!. */
function toNumber(v: Scalar): number | CellError {
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string") {
    const t = v.trim().replace(/,/g, "");
    if (t === "") return err("#VALUE!");
    const pct = t.endsWith("%");
    const n = Number(pct ? t.slice(0, -1) : t);
    return Number.isFinite(n) ? (pct ? n / 100 : n) : err("#VALUE!");
  }
  return v;
}

function scalar(v: Val): Scalar {
  if (!isArea(v)) return v;
  const first = v.area[0]?.[0];
  return first === undefined ? null : first;
}

function fromCell(v: CellValue | undefined): Scalar {
  if (v === undefined) throw new Unknown();
  if (v instanceof Date) throw new Unknown();
  return v;
}

/** The numbers SUM, MIN, MAX and AVERAGE take: from ranges and references only numbers, literal arguments coerced. */
function numbersOf(args: { val: Val; literal: boolean }[]): number[] | CellError {
  const out: number[] = [];
  for (const { val, literal } of args) {
    const cells = isArea(val) ? val.area.flat() : [val];
    for (const c of cells) {
      if (isCellError(c)) return c;
      if (typeof c === "number") out.push(c);
      else if (literal && !isArea(val) && c !== null) {
        const n = toNumber(c);
        if (typeof n !== "number") return n;
        out.push(n);
      }
    }
  }
  return out;
}

function checked(x: unknown): Scalar {
  if (typeof x === "number") return Number.isFinite(x) ? x : err("#NUM!");
  if (x instanceof Error) return err(x.message.startsWith("#") ? x.message : "#VALUE!");
  if (typeof x === "string" || typeof x === "boolean") return x;
  throw new Unknown();
}

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly lookup: Lookup,
  ) {}

  parse(): Scalar {
    const v = this.comparison();
    if (this.i < this.tokens.length) throw new Unknown();
    return scalar(v);
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private isOp(text: string): boolean {
    const t = this.peek();
    return t !== undefined && t.kind === "op" && t.text === text;
  }

  private comparison(): Val {
    let left = this.additive();
    for (;;) {
      const t = this.peek();
      if (!t || t.kind !== "op" || !["=", "<>", "<", ">", "<=", ">="].includes(t.text)) return left;
      this.i++;
      const a = scalar(left);
      const b = scalar(this.additive());
      if (isCellError(a)) return a;
      if (isCellError(b)) return b;
      const x = typeof a === "number" || a === null ? (a ?? 0) : a;
      const y = typeof b === "number" || b === null ? (b ?? 0) : b;
      if (typeof x !== typeof y) throw new Unknown();
      switch (t.text) {
        case "=":
          left = x === y;
          break;
        case "<>":
          left = x !== y;
          break;
        case "<":
          left = x < y;
          break;
        case ">":
          left = x > y;
          break;
        case "<=":
          left = x <= y;
          break;
        default:
          left = x >= y;
      }
    }
  }

  private arith(a: Val, b: Val, op: string): Scalar {
    const x = toNumber(scalar(a));
    if (typeof x !== "number") return x;
    const y = toNumber(scalar(b));
    if (typeof y !== "number") return y;
    switch (op) {
      case "+":
        return x + y;
      case "-":
        return x - y;
      case "*":
        return x * y;
      case "/":
        return y === 0 ? err("#DIV/0!") : x / y;
      default:
        return checked(Math.pow(x, y));
    }
  }

  private additive(): Val {
    let left = this.multiplicative();
    while (this.isOp("+") || this.isOp("-")) {
      const op = (this.tokens[this.i++] as { text: string }).text;
      left = this.arith(left, this.multiplicative(), op);
    }
    return left;
  }

  private multiplicative(): Val {
    let left = this.power();
    while (this.isOp("*") || this.isOp("/")) {
      const op = (this.tokens[this.i++] as { text: string }).text;
      left = this.arith(left, this.power(), op);
    }
    return left;
  }

  private power(): Val {
    let left = this.unary();
    while (this.isOp("^")) {
      this.i++;
      left = this.arith(left, this.unary(), "^");
    }
    return left;
  }

  private unary(): Val {
    if (this.isOp("-")) {
      this.i++;
      return this.arith(0, this.unary(), "-");
    }
    if (this.isOp("+")) {
      this.i++;
      return this.unary();
    }
    let v = this.primary();
    while (this.isOp("%")) {
      this.i++;
      v = this.arith(v, 100, "/");
    }
    return v;
  }

  private primary(): Val {
    const t = this.tokens[this.i++];
    if (!t) throw new Unknown();
    switch (t.kind) {
      case "number":
        return t.value;
      case "string":
        return t.value;
      case "error":
        return err(t.text);
      case "name": {
        const n = t.name.toUpperCase();
        if (n === "TRUE" || n === "FALSE") return n === "TRUE";
        throw new Unknown();
      }
      case "ref":
        return this.ref(t);
      case "func":
        return this.call(t.name);
      case "op":
        if (t.text === "(") {
          const v = this.comparison();
          if (!this.isOp(")")) throw new Unknown();
          this.i++;
          return v;
        }
        throw new Unknown();
      default:
        throw new Unknown();
    }
  }

  private ref(t: Extract<Token, { kind: "ref" }>): Val {
    if (t.book !== null || t.from.row === 0 && t.from.col === 0) throw new Unknown();
    const bounds = (): { lastRow: number; lastCol: number } => {
      const b = this.lookup.bounds(t.sheet);
      if (!b) throw new Unknown();
      return b;
    };
    const top = Math.min(t.from.row || 1, t.to.row || 1);
    const left = Math.min(t.from.col || 1, t.to.col || 1);
    const bottom = t.from.row === 0 ? bounds().lastRow : Math.max(t.from.row, t.to.row);
    const right = t.from.col === 0 ? bounds().lastCol : Math.max(t.from.col, t.to.col);
    if (t.to === t.from) return fromCell(this.lookup.value(t.sheet, t.from.row, t.from.col));
    if ((bottom - top + 1) * (right - left + 1) > MAX_AREA) throw new Unknown();
    const area: Scalar[][] = [];
    for (let r = top; r <= bottom; r++) {
      const line: Scalar[] = [];
      for (let c = left; c <= right; c++) line.push(fromCell(this.lookup.value(t.sheet, r, c)));
      area.push(line);
    }
    return { area };
  }

  private args(): { val: Val; literal: boolean }[] {
    const out: { val: Val; literal: boolean }[] = [];
    if (this.isOp(")")) {
      this.i++;
      return out;
    }
    for (;;) {
      const first = this.peek();
      const startAt = this.i;
      const val = this.comparison();
      // A lone reference passes its cells as they are; anything computed is a literal argument.
      const literal = !(this.i === startAt + 1 && first?.kind === "ref");
      out.push({ val, literal });
      if (this.isOp(",")) {
        this.i++;
        continue;
      }
      if (this.isOp(")")) {
        this.i++;
        return out;
      }
      throw new Unknown();
    }
  }

  private call(name: string): Val {
    if (name === "IF" || name === "IFERROR") {
      const a = this.args();
      const first = scalar(a[0]?.val ?? null);
      if (name === "IFERROR") return isCellError(first) ? scalar(a[1]?.val ?? 0) : first;
      if (isCellError(first)) return first;
      const test = toNumber(first);
      if (typeof test !== "number") return test;
      return scalar(test !== 0 ? (a[1]?.val ?? true) : (a[2]?.val ?? false));
    }
    const a = this.args();
    switch (name) {
      case "SUM":
      case "MIN":
      case "MAX":
      case "AVERAGE": {
        const nums = numbersOf(a);
        if (!Array.isArray(nums)) return nums;
        if (name === "SUM") return checked(SUM(nums));
        if (nums.length === 0) return name === "AVERAGE" ? err("#DIV/0!") : 0;
        return checked(name === "MIN" ? MIN(nums) : name === "MAX" ? MAX(nums) : AVERAGE(nums));
      }
      case "ROUND":
      case "ROUNDUP":
      case "ROUNDDOWN":
      case "ABS": {
        const x = toNumber(scalar(a[0]?.val ?? null));
        if (typeof x !== "number") return x;
        if (name === "ABS") return checked(ABS(x));
        const d = toNumber(scalar(a[1]?.val ?? 0));
        if (typeof d !== "number") return d;
        return checked(name === "ROUND" ? ROUND(x, d) : name === "ROUNDUP" ? ROUNDUP(x, d) : ROUNDDOWN(x, d));
      }
      default:
        throw new Unknown();
    }
  }
}

/** The value of a formula, or undefined when it uses something this evaluator does not know. */
export function evaluateFormula(formula: string, lookup: Lookup): CellValue | undefined {
  try {
    return new Parser(tokenize(formula), lookup).parse();
  } catch (e) {
    if (e instanceof Unknown) return undefined;
    throw e;
  }
}

export type { CellRef };
