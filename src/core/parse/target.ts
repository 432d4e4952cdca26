import { compareDays, dayOnly, fromDate, fromExcelSerial, parseDayText, type DayOfYear } from "./date";
import { isEmptyMark, normalizeText, quantityOf, type Quantity } from "./number";
import { fail, ok, textOf, type Result } from "./result";
import { bandOfText } from "../vocabulary";

export type Operator = ">=" | ">" | "<=" | "<" | "=";

/** Qualitative achievement bands (domain.md §2): achieved 80–100%, partly 60–80%, not 0–60%. */
export type Band = "achieved" | "partial" | "not";

export const BAND_CEILING: Record<Band, number> = { achieved: 1, partial: 0.8, not: 0.6 };

export type Target =
  | {
      kind: "numeric";
      op: Operator;
      value: number;
      unit: string | null;
      decimals: number | null;
      /** Words before the number that qualify it (`每月` in 每月1次). */
      qualifier: string;
      text: string;
    }
  | { kind: "deadline"; day: DayOfYear; text: string }
  /** 按时, 及时, 完成, 建立, 低于上年: judged from the actual's wording. */
  | { kind: "qualitative"; relative: boolean; text: string };

export type Actual =
  | { kind: "numeric"; quantity: Quantity; text: string }
  | { kind: "date"; day: DayOfYear; text: string }
  | { kind: "qualitative"; band: Band | null; text: string };

const SYMBOL_OPS: [string, Operator][] = [
  [">=", ">="], ["≥", ">="], ["≧", ">="], ["⩾", ">="], ["=>", ">="],
  ["<=", "<="], ["≤", "<="], ["≦", "<="], ["⩽", "<="], ["=<", "<="],
  [">", ">"], ["<", "<"], ["=", "="], ["≈", "="], ["═", "="], ["〓", "="],
];

// Longest words first so 不低于 wins over 低于.
const PREFIX_WORDS: [string, Operator][] = [
  ["不低于", ">="], ["不少于", ">="], ["不小于", ">="], ["至少", ">="], ["达到", ">="], ["大于等于", ">="], ["高于或等于", ">="],
  ["不高于", "<="], ["不超过", "<="], ["不多于", "<="], ["不大于", "<="], ["小于等于", "<="], ["控制在", "<="], ["最多", "<="],
  ["大于", ">"], ["超过", ">"], ["高于", ">"], ["多于", ">"],
  ["小于", "<"], ["低于", "<"], ["少于", "<"],
  ["等于", "="],
];

const SUFFIX_WORDS: [string, Operator][] = [
  ["及以上", ">="], ["以上", ">="], ["及以下", "<="], ["以下", "<="], ["以内", "<="], ["之内", "<="],
];

/** Words that make a target relative to another period: qualitative unless both years' numbers are given. */
const RELATIVE = /上年|去年|上一年|同期|往年|逐步|逐年|有所|持续|进一步|稳步|不断/;

const TIMELY = /^(按时|及时|按期|如期|准时)/;

/** Symbols, then words, grouped by first character and kept in list order, so a lookup tries only a few. */
const OPERATORS_BY_FIRST = groupByChar([...SYMBOL_OPS, ...PREFIX_WORDS], (w) => w.charCodeAt(0));
const SUFFIXES_BY_LAST = groupByChar(SUFFIX_WORDS, (w) => w.charCodeAt(w.length - 1));

function groupByChar(list: [string, Operator][], key: (w: string) => number): Map<number, [string, Operator][]> {
  const m = new Map<number, [string, Operator][]>();
  for (const entry of list) {
    const k = key(entry[0]);
    const group = m.get(k);
    if (group) group.push(entry);
    else m.set(k, [entry]);
  }
  return m;
}

/** The operator `s` starts with, as its [word, operator] entry. */
function readOperator(s: string): [string, Operator] | undefined {
  const candidates = OPERATORS_BY_FIRST.get(s.charCodeAt(0));
  if (candidates) for (const entry of candidates) if (s.startsWith(entry[0])) return entry;
  return undefined;
}

/** The operator word `s` ends with (以上, 以内), as its [word, operator] entry. */
function readSuffix(s: string): [string, Operator] | undefined {
  const candidates = SUFFIXES_BY_LAST.get(s.charCodeAt(s.length - 1));
  if (candidates) for (const entry of candidates) if (s.endsWith(entry[0])) return entry;
  return undefined;
}

const QUALIFIER = /^(每月|每季度|每季|每年|每周|每日|每天|每半年|全年|年度|累计|平均|月均|年均|人均|户均|共|总计|合计)/;
/** First characters of the qualifiers, so the regex runs only when one may be there. */
const QUALIFIER_FIRST = new Set([..."每全年累平月人户共总合"].map((c) => c.charCodeAt(0)));
const TIMELY_FIRST = new Set([..."按及如准"].map((c) => c.charCodeAt(0)));
/** Last characters of the deadline endings (前, 内, 止, 完成). */
const DEADLINE_LAST = new Set([..."前内止成"].map((c) => c.charCodeAt(0)));

/**
 * Reads a target as written in 年度指标值: `≥90%`, `不低于95%`, `286座`, `≤206.4万元`, `0起`,
 * `2019年12月31日前`, `12月底前`, `及时`, `低于上年`, `完成`. `—`, `/` and `*` mean empty.
 */
export function parseTarget(input: unknown): Result<Target> {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return fail("bad-target", textOf(input));
    return ok({ kind: "numeric", op: input === 0 ? "<=" : ">=", value: input, unit: null, decimals: null, qualifier: "", text: String(input) });
  }
  if (input === null || input === undefined) return fail("empty");
  if (typeof input !== "string") return fail("bad-target", textOf(input));
  const text = input.trim();
  const s = normalizeText(text);
  if (isEmptyMark(s)) return fail("empty", text);

  const deadline = DEADLINE_LAST.has(s.charCodeAt(s.length - 1)) ? parseDeadline(s) : undefined;
  if (deadline) return ok({ kind: "deadline", day: deadline, text });
  if (TIMELY_FIRST.has(s.charCodeAt(0)) && TIMELY.test(s)) return ok({ kind: "qualitative", relative: false, text });
  if (RELATIVE.test(s)) return ok({ kind: "qualitative", relative: true, text });

  const prefix = readOperator(s);
  let op: Operator | null = prefix ? prefix[1] : null;
  let rest = prefix ? s.slice(prefix[0].length) : s;
  const suffix = readSuffix(rest);
  if (suffix) {
    if (op === null || op === suffix[1]) op = suffix[1];
    rest = rest.slice(0, -suffix[0].length);
  }
  let qualifier = "";
  const q = QUALIFIER_FIRST.has(rest.charCodeAt(0)) ? QUALIFIER.exec(rest) : null;
  if (q) {
    qualifier = q[0];
    rest = rest.slice(q[0].length);
    const again = readOperator(rest); // 每月不少于2次
    if (again) {
      op = again[1];
      rest = rest.slice(again[0].length);
    }
  }
  const quantity = quantityOf(rest);
  if (quantity.ok) {
    const { value, unit, decimals } = quantity.value;
    // A bare 0 means "no more than 0" (0起: no accidents).
    const resolved: Operator = op ?? (value === 0 ? "<=" : ">=");
    return ok({ kind: "numeric", op: resolved, value, unit, decimals, qualifier, text });
  }
  if (op !== null) return fail("bad-target", text); // an operator followed by no number
  if (/\d/.test(s)) return fail("bad-target", text); // digits we could not place: never guess
  return ok({ kind: "qualitative", relative: false, text });
}

const DEADLINE_SUFFIX = /(?:之前|以前|前|内|止)(?:完成)?$/;

function parseDeadline(s: string): DayOfYear | undefined {
  if (!DEADLINE_SUFFIX.test(s)) return undefined;
  const body = s.replace(/^(于|在|截至|截止|截止到|截止于)/, "");
  const d = parseDayText(body);
  if (!d.ok) return undefined;
  if (!/^(?:之前|以前|前|内|止)(?:完成)?$/.test(d.value.rest)) return undefined;
  return dayOnly(d.value);
}

/** The band a free-text achievement falls in (已完成 → achieved, 基本完成 → partial, 未完成 → not); words from the vocabulary. */
export function classifyBand(text: string): Band | null {
  if (typeof text !== "string") return null;
  return bandOfText(text);
}

/**
 * Reads an actual value (实际完成值): a number with unit, a date, or achievement wording.
 * A number cell stays a number; Excel date serials are recognised only against deadlines, by the scorer.
 */
export function parseActual(input: unknown): Result<Actual> {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return fail("not-a-number", textOf(input));
    return ok({ kind: "numeric", quantity: { value: input, unit: null, decimals: null }, text: String(input) });
  }
  if (input instanceof Date) {
    const day = fromDate(input);
    return day ? ok({ kind: "date", day, text: input.toISOString().slice(0, 10) }) : fail("bad-date", textOf(input));
  }
  if (typeof input === "boolean") return ok({ kind: "qualitative", band: input ? "achieved" : "not", text: String(input) });
  if (input === null || input === undefined) return fail("empty");
  if (typeof input !== "string") {
    const e = (input as { error?: unknown }).error;
    return fail("error-value", typeof e === "string" ? e : textOf(input));
  }
  const text = input.trim();
  const s = normalizeText(text);
  if (isEmptyMark(s)) return fail("empty", text);
  const quantity = quantityOf(QUALIFIER_FIRST.has(s.charCodeAt(0)) ? s.replace(QUALIFIER, "") : s);
  if (quantity.ok) return ok({ kind: "numeric", quantity: quantity.value, text });
  const day = dayOfText(s);
  if (day) return ok({ kind: "date", day, text });
  return ok({ kind: "qualitative", band: classifyBand(s), text });
}

/** A whole text that is a completion date (2019年12月20日, 于12月20日前完成, 12月底); undefined otherwise. */
function dayOfText(s: string): DayOfYear | undefined {
  const c = s.charCodeAt(0);
  const day = parseDayText(c === 0x4e8e || c === 0x5728 ? s.replace(/^(于|在)/, "") : s); // 于, 在
  if (!day.ok || !/^(完成|前|之前|以前)?(完成)?$/.test(day.value.rest)) return undefined;
  return dayOnly(day.value);
}

/** The actual as a calendar day when it can be one (a date, a date text, or an Excel serial). */
export function actualAsDay(a: Actual): DayOfYear | undefined {
  if (a.kind === "date") return a.day;
  // 12月底 and 2019年底 also read as a number with a unit (12 月底); against a deadline they are dates.
  if (a.kind === "numeric" && a.quantity.unit !== null) return dayOfText(normalizeText(a.text));
  if (a.kind === "numeric" && a.quantity.unit === null && a.quantity.value > 20000 && a.quantity.value < 80000) {
    return fromExcelSerial(a.quantity.value);
  }
  return undefined;
}

export { compareDays };
