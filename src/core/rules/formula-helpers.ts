/** What the formula rules share: tokens per cell (once per audit), SUM ranges, typed constants. The blocks are read through layouts/access. */
import type { Grid } from "../grid/grid";
import type { Block } from "../layouts/blocks";
import { tokenize, type Token } from "../formula/tokens";

export function headerText(grid: Grid, row: number, col: number): string {
  const v = grid.value(row, col);
  return typeof v === "string" ? v.replace(/\s+/g, "") : "";
}

const cache = new WeakMap<Grid, Map<number, Token[]>>();

/** The tokens of a cell's formula, tokenized once per grid whichever rule asks first; undefined for a constant. */
export function tokensAt(grid: Grid, row: number, col: number): Token[] | undefined {
  const f = grid.formula(row, col);
  if (!f) return undefined;
  let m = cache.get(grid);
  if (!m) {
    m = new Map();
    cache.set(grid, m);
  }
  const k = row * 16384 + col;
  let t = m.get(k);
  if (!t) {
    t = tokenize(f);
    m.set(k, t);
  }
  return t;
}

export interface SumRange {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface SumShape {
  ranges: SumRange[];
  /** SUBTOTAL(109, …) and AGGREGATE-like forms that leave hidden rows out. */
  skipsHidden: boolean;
  /** True when every term is inside SUM/SUBTOTAL (which skip text); false when cells are added with +. */
  skipsText: boolean;
}

/**
 * The cells a total adds up, when its formula is a plain sum on its own sheet: `=SUM(D4:D42)`,
 * `=SUM(D4:D10,D12:D20)`, `=D10+D20`, `=SUM(D4:D10)+SUM(D12:D20)`, `=SUBTOTAL(9,D4:D42)`.
 * Undefined for anything else (other functions, other sheets, arithmetic besides +), which is opaque.
 */
export function sumShape(grid: Grid, row: number, col: number): SumShape | undefined {
  const t = tokensAt(grid, row, col);
  if (!t || t.length === 0) return undefined;
  const ranges: SumRange[] = [];
  let skipsHidden = false;
  let plusTerms = 0;
  let i = 0;
  const sameSheet = (x: Extract<Token, { kind: "ref" }>): boolean => x.book === null && (x.sheet === null || x.sheet === grid.sheet) && x.from.row > 0 && x.from.col > 0;
  const addRef = (x: Extract<Token, { kind: "ref" }>): void => {
    ranges.push({ top: Math.min(x.from.row, x.to.row), bottom: Math.max(x.from.row, x.to.row), left: Math.min(x.from.col, x.to.col), right: Math.max(x.from.col, x.to.col) });
  };
  for (;;) {
    const tok = t[i];
    if (!tok) return undefined;
    if (tok.kind === "ref") {
      if (!sameSheet(tok)) return undefined;
      addRef(tok);
      plusTerms++;
      i++;
    } else if (tok.kind === "func" && (tok.name === "SUM" || tok.name === "SUBTOTAL")) {
      i++;
      if (tok.name === "SUBTOTAL") {
        const fn = t[i];
        const comma = t[i + 1];
        if (fn?.kind !== "number" || comma?.kind !== "op" || comma.text !== ",") return undefined;
        if (fn.value === 109) skipsHidden = true;
        else if (fn.value !== 9) return undefined;
        i += 2;
      }
      for (;;) {
        const a = t[i];
        if (a?.kind !== "ref" || !sameSheet(a)) return undefined;
        addRef(a);
        const sep = t[i + 1];
        i += 2;
        if (sep?.kind === "op" && sep.text === ",") continue;
        if (sep?.kind === "op" && sep.text === ")") break;
        return undefined;
      }
    } else return undefined;
    const next = t[i];
    if (next === undefined) break;
    if (next.kind !== "op" || next.text !== "+") return undefined;
    i++;
  }
  return { ranges, skipsHidden, skipsText: plusTerms === 0 };
}

/** True when `range` covers the cell. */
export function covers(ranges: readonly SumRange[], row: number, col: number): number {
  let n = 0;
  for (const r of ranges) if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right) n++;
  return n;
}

/** The formula as the message shows it: with its `=`, spaces as written, and cut when very long. */
export function shownFormula(formula: string): string {
  const f = formula.startsWith("=") ? formula : `=${formula}`;
  return f.length > 120 ? `${f.slice(0, 117)}…` : f;
}

/** True when the cell's formula is a SUM or SUBTOTAL that takes in (row, col): Excel then skips text there. */
export function sumSkipsTextAt(grid: Grid, totalRow: number, totalCol: number, row: number, col: number): boolean {
  const shape = sumShape(grid, totalRow, totalCol);
  return shape !== undefined && shape.skipsText && covers(shape.ranges, row, col) > 0;
}

/** Numbers that are units and percent scales, not data: 0, 1, 100 (percent points), 1000 and 10000 (元 ↔ 万元). */
const SCALES = new Set([0, 1, 100, 1000, 10000]);
/** Functions whose later arguments are settings (digits, a function number), not data. */
const SETTING_ARGS: Record<string, number> = { ROUND: 1, ROUNDUP: 1, ROUNDDOWN: 1, SUBTOTAL: 0, TEXT: 1, FIXED: 1 };

/** The row's own weight (分值): `=F13*E13/D13` written as `=20*E13/D13` is that weight, not a slip. */
export function rowWeight(grid: Grid, block: Block, row: number): number | undefined {
  const c = block.columns.weight;
  if (c === undefined) return undefined;
  const v = grid.value(row, c);
  return typeof v === "number" ? v : undefined;
}

/** The first number typed into a formula that also refers to cells, other than a scale, a setting or the row's weight. */
export function typedConstant(tokens: readonly Token[], weight: number | undefined): number | undefined {
  let refs = 0;
  for (const t of tokens) if (t.kind === "ref") refs++;
  if (refs === 0) return undefined; // =1000+200 is the input itself, written as a sum
  // Which argument of which function each token sits in.
  const stack: { name: string; arg: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "func") {
      stack.push({ name: t.name, arg: 0 });
      continue;
    }
    if (t.kind === "op") {
      if (t.text === "(") stack.push({ name: "", arg: 0 });
      else if (t.text === ")") stack.pop();
      else if (t.text === "," && stack.length > 0) (stack[stack.length - 1] as { arg: number }).arg++;
      continue;
    }
    if (t.kind !== "number") continue;
    const top = stack[stack.length - 1];
    const setting = top ? SETTING_ARGS[top.name] : undefined;
    if (top && setting !== undefined && (setting === 0 ? top.arg === 0 : top.arg >= setting)) continue;
    const next = tokens[i + 1];
    const value = next?.kind === "op" && next.text === "%" ? t.value / 100 : t.value;
    if (SCALES.has(t.value) || SCALES.has(value)) continue;
    if (weight !== undefined && Math.abs(value - weight) < 1e-9) continue;
    return value;
  }
  return undefined;
}

