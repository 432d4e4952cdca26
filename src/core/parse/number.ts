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

/** The characters String.prototype.trim removes (plus other controls, which only send a value down the slow path). */
function maybeSpace(c: number): boolean {
  return c <= 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || (c >= 0x2028 && c <= 0x2029) ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function isEmptyMark(s: string): boolean {
  const n = s.length;
  // Fast exit for the common case: no mark is longer than two characters or starts with a digit.
  if (n > 0 && !maybeSpace(s.charCodeAt(0)) && !maybeSpace(s.charCodeAt(n - 1))) {
    if (n > 2) return false;
    const c = s.charCodeAt(0);
    if (c >= 0x30 && c <= 0x39) return false;
  }
  return EMPTY_MARKS.has(s.trim());
}

/**
 * isEmptyMark(normalizeText(s)) without building the folded copy for text that cannot be a mark: folding keeps
 * every character that is not a space, and no mark has more than two.
 */
export function isEmptyMarkText(s: string): boolean {
  let kept = 0;
  for (let i = 0; i < s.length; i++) if (!maybeSpace(s.charCodeAt(i)) && ++kept > 2) return false;
  return isEmptyMark(normalizeText(s));
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

const CN_NUMERAL_HEAD = /^[零〇一二两三四五六七八九十百千]+/;

/**
 * Reads `1,465.45`, `１２３`, `1940万元`, `75.54%`, `¥1,940.00`, `(1,000)`, `两期`.
 * The unit is whatever follows the number (kept as written); text before the number is refused.
 */
export function parseQuantityText(input: string): Result<Quantity> {
  if (typeof input !== "string") return parseQuantity(input); // callers outside TypeScript may pass anything
  return quantityOf(normalizeText(input), input);
}

/**
 * parseQuantityText for text that has already been through normalizeText (parsers that have normalised
 * a whole cell pass pieces of it, saving a second pass); problems quote `input`.
 */
export function quantityOf(normalized: string, input: string = normalized): Result<Quantity> {
  let s = normalized;
  if (isEmptyMark(s)) return fail("empty", input);
  let negative = false;
  if (s.startsWith("(") && s.endsWith(")")) {
    negative = true; // accounting negatives
    s = s.slice(1, -1);
  }
  if (CURRENCY_FIRST.has(s.charCodeAt(0))) s = s.replace(/^(人民币|RMB|CNY|[¥$])/i, "");
  // The number is scanned by hand (this is the hot path of every custom function), with the same result as
  // /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?/: thousands groups only when every group has three digits.
  const n = s.length;
  const c0 = s.charCodeAt(0);
  let p = c0 === 0x2b || c0 === 0x2d ? 1 : 0; // + -
  const intStart = p;
  // All digits as one integer, exact while there are at most 15 of them (below 2^53).
  let mantissa = 0;
  let count = 0;
  let c: number;
  while (p < n && isDigit((c = s.charCodeAt(p)))) {
    mantissa = mantissa * 10 + (c - 0x30);
    count++;
    p++;
  }
  let grouped = false;
  if (p - intStart >= 1 && p - intStart <= 3 && hasGroup(s, p)) {
    grouped = true;
    do {
      mantissa = mantissa * 1000 + (s.charCodeAt(p + 1) - 0x30) * 100 + (s.charCodeAt(p + 2) - 0x30) * 10 + (s.charCodeAt(p + 3) - 0x30);
      count += 3;
      p += 4;
    } while (hasGroup(s, p));
  }
  let fracLength = 0;
  if (s.charCodeAt(p) === 0x2e && isDigit(s.charCodeAt(p + 1))) {
    const point = p++;
    while (p < n && isDigit((c = s.charCodeAt(p)))) {
      mantissa = mantissa * 10 + (c - 0x30);
      count++;
      p++;
    }
    fracLength = p - point - 1;
  }
  /** The number without sign and separators ("1940.5", ".5"), for Number() when the digits are too many. */
  let digits: string | null = null;
  let value: number;
  let decimals: number;
  let rest: string;
  // Digits were found and are few enough for the exact arithmetic path.
  const exact = p > intStart && count <= 15;
  if (p > intStart) {
    if (exact) {
      value = exactQuotient(mantissa, fracLength);
    } else {
      digits = s.slice(intStart, p);
      if (grouped) digits = digits.replace(/,/g, "");
      value = Number(digits);
    }
    decimals = fracLength;
    if (c0 === 0x2d) negative = !negative;
    rest = s.slice(p);
  } else {
    const cn = CN_NUMERAL_HEAD.exec(s);
    const num = cn ? parseChineseNumeral(cn[0]) : undefined;
    if (!cn || num === undefined) return fail("not-a-number", input);
    value = num;
    decimals = 0;
    rest = s.slice(cn[0].length);
  }
  if (!Number.isFinite(value)) return fail("not-a-number", input);
  if (negative) value = -value;
  let unit: string | null = rest.length > 0 ? rest : null;
  if (unit === "%" || unit === "百分比") {
    value = exact ? signed(exactQuotient(mantissa, fracLength + 2), negative) : scaleDown(value, digits, 2, negative);
    decimals += 2;
    unit = "%";
  } else if (unit === "‰") {
    value = exact ? signed(exactQuotient(mantissa, fracLength + 3), negative) : scaleDown(value, digits, 3, negative);
    decimals += 3;
  } else if (unit !== null && !KNOWN_UNITS.has(unit) && !/^[\p{L}]{1,6}$/u.test(unit)) {
    return fail("not-a-number", input); // "12abc3", "1.2.3", "5-6" are not quantities
  }
  return ok({ value, unit, decimals });
}

/** First characters of 人民币, RMB, CNY, ¥ and $, so the prefix regex runs only when one may be there. */
const CURRENCY_FIRST = new Set([0x4eba, 0x52, 0x72, 0x43, 0x63, 0xa5, 0x24]);

/** Units from domain.md §3 (all letters), accepted without running the Unicode letter regex. */
const KNOWN_UNITS = new Set([
  "万元", "元", "亿元", "个", "次", "人", "人次", "座", "家", "项", "天", "份", "场", "起", "户", "处", "条", "期", "公里", "月",
  "年", "所", "册", "部", "台", "套", "辆", "名", "篇", "批", "件", "种", "亩", "平方米", "米", "吨",
]);

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Powers of ten that are exact doubles. */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * mantissa × 10^-places for a mantissa below 2^53 and places ≤ 22: both operands are exact, so the one
 * correctly rounded division gives the same double as Number() on the decimal text (Clinger's fast path).
 */
function exactQuotient(mantissa: number, places: number): number {
  return places === 0 ? mantissa : mantissa / (POW10[places] as number);
}

function signed(v: number, negative: boolean): number {
  return negative ? -v : v;
}

/** A thousands group `,ddd` at position p. */
function hasGroup(s: string, p: number): boolean {
  return (
    s.charCodeAt(p) === 0x2c && isDigit(s.charCodeAt(p + 1)) && isDigit(s.charCodeAt(p + 2)) && isDigit(s.charCodeAt(p + 3))
  );
}

/**
 * value ÷ 10^places computed on the digits, so 75.54% is exactly 0.7554 rather than 0.7554000000000001:
 * "75.54e-2" names the same decimal as "0.7554", and Number() rounds it correctly.
 */
function scaleDown(value: number, digits: string | null, places: 2 | 3, negative: boolean): number {
  if (digits === null) return value / Math.pow(10, places);
  const v = Number(digits + (places === 2 ? "e-2" : "e-3"));
  return negative ? -v : v;
}

/** Removes binary floating-point noise such as 0.7554000000000001 without changing real digits. */
export function roundNoise(x: number): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return x;
  // Fast path with the same result as Number(x.toPrecision(15)), which is slow (it goes through a string):
  // scale |x| to 15 integer digits; unless the scaled value is near a tie (the one multiplication errs by at
  // most 1/16 there), rounding it gives toPrecision's digits, and dividing two exact doubles rounds correctly.
  const ax = x < 0 ? -x : x;
  if (ax >= 1e-7 && ax < 1e14) {
    const places = 14 - Math.floor(Math.log10(ax));
    const scale = POW10[places];
    if (scale !== undefined) {
      const m = ax * scale;
      const frac = m - Math.floor(m);
      if (m > 1e14 + 1 && m < 1e15 - 1 && (frac < 0.4 || frac > 0.6)) {
        const r = Math.round(m) / scale;
        return x < 0 ? -r : r;
      }
    }
  }
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
