/**
 * The one vocabulary of the engine: every word it recognises, per language, as data (zh-CN.ts, en-US.ts),
 * and the few functions that match text against it. Detection and rules ask here; they hold no words.
 */
import { normalizeText } from "../parse/number";
import { HEADERS_EN, LABELS_EN } from "./en-US";
import type { Role } from "./roles";
import type { RoleWords } from "./types";
import { HEADERS_ZH, LABELS_ZH, NAME_PREFIX_ZH, PLACEHOLDERS_ZH, WEIGHT_IN_LABEL_ZH } from "./zh-CN";

export type { Role } from "./roles";
export { ROLES } from "./roles";
export type { LabelWords, RoleWords } from "./types";
export { HEADERS_EN, HEADERS_ZH, LABELS_EN, LABELS_ZH };

/** A header made comparable, with what its brackets said kept aside. */
export interface HeaderText {
  /** Full-width folded, lower case, spaces, brackets and markers removed: 执行率(B/A) → 执行率. */
  key: string;
  /** English words in order: `Allocation (RMB)` → ["allocation"]. */
  words: string[];
  /** 万元, 元 or % as written in the header (`预算数（万元）`, `执行率%`). */
  unit: string | null;
  /** Points written in the header: 得分(20分*执行率) → 20. */
  points: number | null;
  /** Column markers such as A, B, B/A. */
  markers: string[];
}

/** Full-width forms folded to ASCII; ideographic spaces, tabs and line breaks become plain spaces. */
function fold(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0) out += " ";
    else out += s[i];
  }
  return out;
}

const MONEY_UNITS: Record<string, string> = { 万元: "万元", 元: "元", 千元: "千元", 亿元: "亿元", rmb: "元", cny: "元", yuan: "元", "%": "%" };
const MARKER = /^[a-z](?:\s*[/+\-*×÷]\s*[a-z])*$/;
const POINTS = /(\d+(?:\.\d+)?)\s*分/;

export function normalizeHeader(text: string): HeaderText {
  let s = fold(text).toLowerCase();
  let unit: string | null = null;
  let points: number | null = null;
  const markers: string[] = [];
  s = s.replace(/[([【]([^)\]】]*)[)\]】]/g, (_, inside: string) => {
    const t = inside.trim();
    const compact = t.replace(/\s+/g, "");
    const money = MONEY_UNITS[compact] ?? (/万元/.test(compact) ? "万元" : /元/.test(compact) ? "元" : /%/.test(compact) ? "%" : undefined);
    if (money !== undefined) unit ??= money;
    else if (MARKER.test(t)) markers.push(compact.toUpperCase());
    else {
      const p = POINTS.exec(compact);
      if (p) points = Number(p[1]);
    }
    return " ";
  });
  if (/%|‰/.test(s)) {
    unit ??= "%";
    s = s.replace(/[%‰]/g, " ");
  }
  s = s.replace(/[*:?!]/g, " ").replace(/[：？！]/g, " ");
  const words = s.split(/[^a-z0-9#]+/).filter((w) => w.length > 0);
  const key = s.replace(/\s+/g, "");
  return { key, words, unit, points, markers };
}

const ASCII = /^[\x20-\x7e]+$/;

function wordMatches(word: string, h: HeaderText): boolean {
  if (!ASCII.test(word)) return h.key.includes(word);
  const parts = word.split(" ");
  const n = parts.length;
  for (let i = 0; i + n <= h.words.length; i++) {
    let all = true;
    for (let k = 0; k < n && all; k++) {
      const p = parts[k] as string;
      const w = h.words[i + k] as string;
      all = p.endsWith("*") ? w.startsWith(p.slice(0, -1)) : w === p;
    }
    if (all) return true;
  }
  return false;
}

function entryHolds(e: RoleWords, h: HeaderText): boolean {
  const hit = (e.exact?.some((x) => (ASCII.test(x) ? h.key === x || h.words.join(" ") === x : h.key === x)) ?? false) || (e.words?.some((w) => wordMatches(w, h)) ?? false);
  if (!hit) return false;
  return !(e.unless?.some((w) => wordMatches(w, h)) ?? false);
}

/** Chinese first, then English: a mixed header (预算数 Budget) reads by its Chinese words. */
const HEADERS: readonly RoleWords[] = [...HEADERS_ZH, ...HEADERS_EN];

export interface HeaderMatch {
  role: Role | "ignore";
  /** The vocabulary words that decided it, for the account of what was recognised. */
  word: string;
}

const matchCache = new Map<string, HeaderMatch | null>();

/** Longest header, not counting a bracketed note (偏差原因分析及改进措施（对未达到…的指标须逐项说明原因）): longer text is prose. */
const MAX_HEADER_LENGTH = 30;
const BRACKETED = /[(（[【][^)）\]】]*[)）\]】]/g;

/** True when a cell's text is short enough to be a header once its bracketed notes are set aside. */
export function headerSized(text: string): boolean {
  return text.length <= MAX_HEADER_LENGTH || (text.length <= 3 * MAX_HEADER_LENGTH && text.replace(BRACKETED, "").length <= MAX_HEADER_LENGTH);
}

/** The role a header names, `ignore` for columns to read past, or null when it names none. */
export function matchHeader(text: string): HeaderMatch | null {
  if (text.length === 0 || !headerSized(text)) return null;
  const cached = matchCache.get(text);
  if (cached !== undefined) return cached;
  const h = normalizeHeader(text);
  let found: HeaderMatch | null = null;
  if (h.key.length > 0) {
    for (const e of HEADERS) {
      if (entryHolds(e, h)) {
        found = { role: e.role, word: (e.exact?.find((x) => h.key === x) ?? e.words?.find((w) => wordMatches(w, h))) ?? "" };
        break;
      }
    }
  }
  if (matchCache.size > 5000) matchCache.clear();
  matchCache.set(text, found);
  return found;
}

/** The header words of a role, for telling a user what was looked for. */
export function wordsFor(role: Role): string[] {
  const out: string[] = [];
  for (const e of HEADERS_ZH) if (e.role === role) out.push(...(e.words ?? []), ...(e.exact ?? []));
  return out;
}

// ---- Row labels ----

/** True when lower-casing leaves a text as it is: no A–Z, no letters with case (Chinese has none). */
function caseless(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(c < 0x41 || (c > 0x5a && c < 0xc0) || (c >= 0x2e80 && c <= 0x9fff))) return false;
  }
  return true;
}

/** The text labelKey was last asked for, and its key: detection asks several times per row about one label. */
let lastLabel = "";
let lastKey = "";

/** A label made comparable: full-width folded, spaces and line breaks removed, lower case. */
export function labelKey(text: string): string {
  if (text !== lastLabel) {
    const folded = normalizeText(text);
    lastKey = caseless(folded) ? folded : folded.toLowerCase();
    lastLabel = text;
  }
  return lastKey;
}

/** How many characters of a text labelKey keeps (all but spaces and line breaks), counted up to `limit` + 1. */
function keptLength(text: string, limit: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n <= limit; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 0x20 || c === 0x3000 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0)) n++;
  }
  return n;
}

/** Vocabulary words as labelKey makes a label: spaces removed, worked out once at module load. */
const compact = (list: readonly string[]): string[] => list.map((w) => w.replace(/\s+/g, ""));
/** A test for "starts with one of these words", which first looks up the key's first character. */
function startsWithOneOf(list: readonly string[]): (key: string) => boolean {
  const firsts = new Set(list.map((w) => w.charCodeAt(0)));
  return (key) => firsts.has(key.charCodeAt(0)) && list.some((w) => key.startsWith(w));
}

const TOTALS = startsWithOneOf([...LABELS_ZH.total, ...LABELS_EN.total, "grandtotal"]);
const OVERALL = startsWithOneOf(compact([...LABELS_ZH.overallTotal, ...LABELS_EN.overallTotal]));
const SUBTOTALS = compact([...LABELS_ZH.subtotal, ...LABELS_EN.subtotal]);
const BREAKDOWN_STARTS = startsWithOneOf([...LABELS_ZH.breakdown, ...compact(LABELS_EN.breakdown)]);
const GOALS = startsWithOneOf([...LABELS_ZH.goals, ...compact(LABELS_EN.goals)]);
const EXPLANATION_ROWS = startsWithOneOf(compact([...LABELS_ZH.explanationRows, ...LABELS_EN.explanationRows]));
/** Each breakdown family with its words, Chinese first, in the order the word lists give them. */
const FAMILIES: readonly (readonly [string, readonly string[]])[] = [LABELS_ZH, LABELS_EN].flatMap((labels) =>
  Object.entries(labels.breakdownFamilies).map(([family, words]) => [family, compact(words)] as const),
);
/** Per family, the closers: each a list of words that must all be named (基本支出&项目支出). */
const CLOSERS: readonly Record<string, readonly (readonly string[])[]>[] = [LABELS_ZH, LABELS_EN].map((labels) =>
  Object.fromEntries(Object.entries(labels.breakdownClosers).map(([family, closers]) => [family, closers.map((c) => compact(c.split("&")))])),
);

export function isTotalLabel(text: string): boolean {
  return TOTALS(labelKey(text));
}

/** 总分, 总得分: the form's overall score, which includes the execution score. */
export function isOverallTotalLabel(text: string): boolean {
  return OVERALL(labelKey(text));
}

export function isSubtotalLabel(text: string): boolean {
  const k = labelKey(text);
  return SUBTOTALS.some((w) => k.includes(w));
}

/** 一、 opens a category; （一） a sub-category. */
export const CATEGORY_LABEL = /^([一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])/;

/** 其中：当年财政拨款: the first row of a breakdown of the total above. */
export function isBreakdownStart(text: string): boolean {
  return BREAKDOWN_STARTS(labelKey(text));
}

/** Which breakdown of a funds total a row belongs to (source, kind), or null when its words don't say. */
export function breakdownFamily(text: string): string | null {
  const k = labelKey(text);
  for (const [family, words] of FAMILIES) if (words.some((w) => k.includes(w))) return family;
  return null;
}

/** True when the rows of one breakdown make up the whole total (by source: 其他资金 is there; by kind: both kinds are). */
export function breakdownComplete(family: string, names: readonly string[]): boolean {
  const keys = names.map((n) => normalizeText(n).toLowerCase());
  for (const closers of CLOSERS) {
    for (const closer of closers[family] ?? []) {
      if (closer.every((w) => keys.some((k) => k.includes(w)))) return true;
    }
  }
  return false;
}

/** 年度总体目标, 预期目标: the goals block, whose cells are prose even when they hold numbers. */
export function isGoalsLabel(text: string): boolean {
  return GOALS(labelKey(text));
}

const TRAILING_COLON = /[:：]$/;
const TRAILING_STOP = /[。.]$/;

/** 自评等级, 评价等级 (with or without a colon). */
export function isGradeLabel(text: string): boolean {
  const k = labelKey(text).replace(TRAILING_COLON, "");
  return LABELS_ZH.gradeLabels.includes(k) || LABELS_EN.gradeLabels.includes(k);
}

/** The grade a word names (优秀 → 优), or undefined. */
export function gradeWord(text: string): "优" | "良" | "中" | "差" | undefined {
  const k = labelKey(text);
  return LABELS_ZH.grades[k] ?? LABELS_EN.grades[k];
}

/** 偏差大或目标未完成原因分析: an explanation written as a row at the bottom of an indicator block. */
export function isExplanationRowLabel(text: string): boolean {
  const k = labelKey(text);
  return k.length <= 30 && EXPLANATION_ROWS(k);
}

const EMPTY_EXPLANATIONS = new Set([...LABELS_ZH.emptyExplanations, ...LABELS_EN.emptyExplanations]);
/** A text whose key is longer than every such token (and the 。 it may end with) is an explanation. */
const LONGEST_EMPTY = Math.max(...[...EMPTY_EXPLANATIONS].map((w) => w.length)) + 1;

/** 0, /, —, 无, 暂无, - where an explanation belongs: none of them explains anything. */
export function isEmptyExplanation(text: string): boolean {
  if (keptLength(text, LONGEST_EMPTY) > LONGEST_EMPTY) return false;
  const k = labelKey(text).replace(TRAILING_STOP, "");
  return k.length === 0 || EMPTY_EXPLANATIONS.has(k);
}

/** 指标2, ……: a template row left in, with a name and nothing else. */
export function isPlaceholderName(text: string): boolean {
  const k = normalizeText(text);
  return k.length > 0 && PLACEHOLDERS_ZH.some((re) => re.test(k));
}

/** 指标1：培训人次 → 培训人次. */
export function stripNamePrefix(text: string): string {
  return text.replace(NAME_PREFIX_ZH, "").trim();
}

/** The points written in a label: 产出指标(50分) → 50. */
export function weightInLabel(text: string): number | null {
  const m = WEIGHT_IN_LABEL_ZH.exec(normalizeText(text));
  return m ? Number(m[1]) : null;
}

// ---- Qualitative bands ----

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const prefixes = (list: readonly string[]): RegExp => new RegExp(`^(${list.map(escape).join("|")})`);
const ZH_NOT = prefixes(LABELS_ZH.bandNot);
const ZH_PARTIAL = prefixes(LABELS_ZH.bandPartial);
const ZH_ACHIEVED = prefixes(LABELS_ZH.bandAchieved);

/** The band of an achievement text (已完成 → achieved; 基本健全, 部分达标 → partial; 未建立 → not), or null. */
export function bandOfText(text: string): "achieved" | "partial" | "not" | null {
  const s = normalizeText(text);
  if (s.length === 0) return null;
  if (/^[a-z]/i.test(s)) {
    const lower = fold(text).toLowerCase().trim().replace(/[.!?]+$/, "");
    const first = lower.split(/[^a-z]+/)[0] ?? "";
    if (LABELS_EN.bandNot.includes(lower) || LABELS_EN.bandNot.includes(first)) return "not";
    if (LABELS_EN.bandPartial.some((w) => lower.startsWith(w))) return "partial";
    if (LABELS_EN.bandAchieved.includes(lower) || LABELS_EN.bandAchieved.includes(first)) return "achieved";
    return null;
  }
  if (ZH_NOT.test(s)) return "not";
  if (ZH_PARTIAL.test(s)) return "partial";
  if (ZH_ACHIEVED.test(s)) return "achieved";
  return null;
}
