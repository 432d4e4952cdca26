import { fail, ok, textOf, type Result } from "./result";

/**
 * A number read from a cell or from text, with what the user wrote around it.
 * Percentages are stored as fractions (75.54% → 0.7554), as Excel does.
 */
export interface Quantity {
  value: number;
  /** Unit as written (`万元`, `座`, `次`); `%` and `‰` for rates; null when none. */
  unit: string | null;
  /** Decimal places shown, in the units of `value` (75.54% → 4); null when unknown. */
  decimals: number | null;
}

/** Words that stand for "nothing here" in a value cell. */
const EMPTY_MARKS = new Set(["", "—", "——", "-", "--", "－", "―", "/", "／", "*", "＊", "\\"]);

/**
 * Folds full-width forms (１２３, ％, ＞, ，, ．) to ASCII and removes spaces, in one pass.
 * Cheaper than String.normalize("NFKC"), and it leaves other characters (≥, 万) alone.
 */
export function normalizeText(s: string): string {
  let i = 0;
  const n = s.length;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000 || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0) break;
  }
  if (i === n) return s;
  let out = s.slice(0, i);
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (!(c === 0x3000 || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0)) out += s[i];
  }
  return out;
}

export function isEmptyMark(s: string): boolean {
  return EMPTY_MARKS.has(s.trim());
}

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Simple Chinese numerals below 10,000 (一, 两, 十二, 三百零五); undefined otherwise. */
export function parseChineseNumeral(s: string): number | undefined {
  if (s.length === 0 || s.length > 8) return undefined;
  let total = 0;
  let digit: number | null = null;
  for (const ch of s) {
    const d = CN_DIGITS[ch];
    if (d !== undefined) {
      if (digit !== null && digit !== 0) return undefined; // 一二 is not a number here
      digit = d;
      continue;
    }
    const u = CN_UNITS[ch];
    if (u === undefined) return undefined;
    total += (digit === null ? 1 : digit) * u;
    digit = null;
  }
  if (digit !== null) total += digit;
  return total;
}

const NUMBER_HEAD = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?/;
const CN_NUMERAL_HEAD = /^[零〇一二两三四五六七八九十百千]+/;

/**
 * Reads `1,465.45`, `１２３`, `1940万元`, `75.54%`, `¥1,940.00`, `(1,000)`, `两期`.
 * The unit is whatever follows the number (kept as written); text before the number is refused.
 */
export function parseQuantityText(input: string): Result<Quantity> {
  if (typeof input !== "string") return parseQuantity(input); // callers outside TypeScript may pass anything
  let s = normalizeText(input);
  if (isEmptyMark(s)) return fail("empty", input);
  let negative = false;
  if (s.startsWith("(") && s.endsWith(")")) {
    negative = true; // accounting negatives
    s = s.slice(1, -1);
  }
  s = s.replace(/^(人民币|RMB|CNY|[¥$])/i, "");
  const m = NUMBER_HEAD.exec(s);
  let value: number;
  let decimals: number;
  let rest: string;
  let intDigits: string | null = null;
  let fracDigits = "";
  if (m && (m[2] !== undefined || m[3] !== undefined)) {
    intDigits = (m[2] ?? "0").replace(/,/g, "");
    fracDigits = m[3] ?? "";
    value = Number(fracDigits ? intDigits + "." + fracDigits : intDigits);
    decimals = fracDigits.length;
    if (m[1] === "-") negative = !negative;
    rest = s.slice(m[0].length);
  } else {
    const c = CN_NUMERAL_HEAD.exec(s);
    const n = c ? parseChineseNumeral(c[0]) : undefined;
    if (!c || n === undefined) return fail("not-a-number", input);
    value = n;
    decimals = 0;
    rest = s.slice(c[0].length);
  }
  if (!Number.isFinite(value)) return fail("not-a-number", input);
  if (negative) value = -value;
  let unit: string | null = rest.length > 0 ? rest : null;
  if (unit === "%" || unit === "百分比") {
    value = scaleDown(value, intDigits, fracDigits, 2, negative);
    decimals += 2;
    unit = "%";
  } else if (unit === "‰") {
    value = scaleDown(value, intDigits, fracDigits, 3, negative);
    decimals += 3;
  } else if (unit !== null && !/^[\p{L}]{1,6}$/u.test(unit)) {
    return fail("not-a-number", input); // "12abc3", "1.2.3", "5-6" are not quantities
  }
  return ok({ value, unit, decimals });
}

/** value ÷ 10^places computed on the digits, so 75.54% is exactly 0.7554 rather than 0.7554000000000001. */
function scaleDown(value: number, intDigits: string | null, fracDigits: string, places: number, negative: boolean): number {
  if (intDigits === null) return value / Math.pow(10, places);
  const padded = intDigits.padStart(places + 1, "0");
  const head = padded.slice(0, padded.length - places);
  const moved = padded.slice(padded.length - places) + fracDigits;
  const v = Number(head + "." + moved);
  return negative ? -v : v;
}

/** Removes binary floating-point noise such as 0.7554000000000001 without changing real digits. */
export function roundNoise(x: number): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return x;
  return Number(x.toPrecision(15));
}

/** Decimal places in a number's shortest representation (7.55 → 2), capped at 10. */
export function decimalsOf(x: number): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return 0;
  const s = String(roundNoise(x));
  const e = s.indexOf("e-");
  if (e >= 0) return Math.min(10, Number(s.slice(e + 2)) + (s.indexOf(".") >= 0 ? e - s.indexOf(".") - 1 : 0));
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : Math.min(10, s.length - dot - 1);
}

/**
 * A value from a cell (number, text, boolean, null) as a Quantity.
 * Booleans and dates are not quantities.
 */
export function parseQuantity(v: unknown): Result<Quantity> {
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return fail("not-a-number", textOf(v));
    return ok({ value: v, unit: null, decimals: null });
  }
  if (typeof v === "string") return parseQuantityText(v);
  if (v === null || v === undefined) return fail("empty");
  if (typeof v === "object" && v !== null && typeof (v as { error?: unknown }).error === "string") {
    return fail("error-value", (v as { error: string }).error);
  }
  return fail("not-a-number", textOf(v));
}
