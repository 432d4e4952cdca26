/**
 * Number formatting for everything a host shows in words: one place per locale. Chinese finance text
 * and English both use ASCII digits and a point, so the two locales share these rules today; a locale
 * that needs others gets its own entry in NUMBERS.
 */
import type { Lang, Quantity } from "../types";

export interface NumberFormat {
  /** An amount with the decimals its cell shows: 1465.45, 206.632. */
  amount(value: number, decimals: number): string;
  /** A fraction as a percentage, trailing zeros dropped: 0.7554 → 75.54%, 0.6 → 60%. */
  rate(value: number, decimals?: number): string;
  /** Points, with up to two decimals: 8.35993 → 8.36. */
  score(value: number): string;
  /** Any other number, with up to four decimals. */
  number(value: number): string;
  quantity(q: Quantity): string;
}

function trimZeros(s: string): string {
  return s.indexOf(".") >= 0 ? s.replace(/\.?0+$/, "") : s;
}

function upTo(x: number, max: number): string {
  if (!Number.isFinite(x)) return String(x);
  const s = trimZeros(x.toFixed(max));
  return s === "-0" ? "0" : s;
}

const ASCII: NumberFormat = {
  amount: (v, d) => (Number.isFinite(v) ? v.toFixed(Math.max(0, Math.min(d, 6))) : String(v)),
  rate: (v, d = 2) => `${upTo(v * 100, Math.max(0, Math.min(d, 6)))}%`,
  score: (v) => upTo(v, 2),
  number: (v) => upTo(v, 4),
  quantity(q) {
    switch (q.kind) {
      case "amount":
        return ASCII.amount(q.value, q.decimals);
      case "rate":
        return ASCII.rate(q.value, q.decimals);
      case "score":
        return ASCII.score(q.value);
      case "number":
        return ASCII.number(q.value);
      case "text":
        return q.text;
    }
  },
};

const NUMBERS: Record<Lang, NumberFormat> = { "zh-CN": ASCII, "en-US": ASCII };

export function numberFormat(lang: Lang): NumberFormat {
  return NUMBERS[lang];
}

/** 0.7554 → "75.54%": a computed rate in running text (the report draft, the cross-check). */
export function fmtRate(x: number, decimals = 2): string {
  return ASCII.rate(x, decimals);
}

/** Up to `max` decimals, trailing zeros removed: 17.692307 → "17.69", 1940 → "1940". */
export function fmtNum(x: number, max = 2): string {
  return upTo(x, max);
}
