import { roundNoise, type Quantity } from "../parse/number";
import { fail, ok, type Result } from "../parse/result";
import { actualAsDay, BAND_CEILING, compareDays, type Actual, type Band, type Target } from "../parse/target";

/** 执行率 = 全年执行数 ÷ 全年预算数 (domain.md §1). A zero or missing budget has no rate. */
export function executionRate(budget: number | null | undefined, actual: number | null | undefined): Result<number> {
  if (budget === null || budget === undefined || !Number.isFinite(budget) || budget === 0) return fail("no-budget");
  if (actual === null || actual === undefined || !Number.isFinite(actual)) return fail("empty");
  const rate = actual / budget;
  // A budget so small that the rate overflows (5e-324) is as good as zero.
  return Number.isFinite(rate) ? ok(rate) : fail("no-budget");
}

/** The execution-rate score: weight × min(rate, 100%); the weight defaults to 10. */
export function executionScore(rate: number, weight = 10): number {
  return roundNoise(weight * Math.min(Math.max(rate, 0), 1));
}

export type Grade = "优" | "良" | "中" | "差";

/** 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60. */
export function grade(score: number): Grade {
  if (score >= 90) return "优";
  if (score >= 80) return "良";
  if (score >= 60) return "中";
  return "差";
}

export type Attainment = "met" | "partial" | "unmet";

export interface IndicatorResult {
  /** The rule's score; for qualitative indicators the ceiling of the band. */
  score: number;
  /** Highest score the rules allow; equals `score` for quantitative indicators. */
  ceiling: number;
  attainment: Attainment;
  /** How it was judged: quantitative scores are exact, qualitative ones only bounded. */
  method: "higher" | "lower" | "equal" | "deadline" | "qualitative";
  /** actual ÷ target for higher-is-better targets, for the target-exceeded check. */
  ratio?: number;
}

/** Float noise only: ≥ and ≤ compare exactly (domain.md §2: full w if a ≥ t), not within rounding. */
function noise(t: number): number {
  return 1e-9 * Math.max(1, Math.abs(t));
}

/** Tolerance for "equal within rounding": half a unit in the target's last shown decimal. */
function tolerance(q: { decimals: number | null }): number {
  return q.decimals === null ? 1e-9 : 0.5 * Math.pow(10, -q.decimals);
}

/**
 * Brings an actual onto a percent target's scale: a bare number above 2 next to a % target is read
 * as percentage points (92 against ≥90%), because people type 92 into a cell under a % header.
 */
function alignPercent(target: Target & { kind: "numeric" }, q: Quantity): Quantity {
  if (target.unit === "%" && q.unit === null && Math.abs(q.value) > 2) {
    return { value: roundNoise(q.value / 100), unit: "%", decimals: q.decimals === null ? null : q.decimals + 2 };
  }
  return q;
}

function unitsAgree(target: Target & { kind: "numeric" }, q: Quantity): boolean {
  return target.unit === null || q.unit === null || target.unit === q.unit;
}

function bandResult(band: Band, weight: number, method: IndicatorResult["method"]): IndicatorResult {
  const ceiling = roundNoise(weight * BAND_CEILING[band]);
  const attainment: Attainment = band === "achieved" ? "met" : band === "partial" ? "partial" : "unmet";
  return { score: ceiling, ceiling, attainment, method };
}

/**
 * An indicator's score under the national rules (domain.md §2).
 * Fails (never throws) for a unit mismatch, an actual that cannot be judged, or a bad weight.
 */
export function indicatorScore(target: Target, actual: Actual, weight: number): Result<IndicatorResult> {
  if (!Number.isFinite(weight) || weight < 0) return fail("bad-weight", String(weight));
  if (target.kind === "numeric") {
    if (actual.kind !== "numeric") return fail("not-a-number", actual.text);
    const q = alignPercent(target, actual.quantity);
    if (!unitsAgree(target, q)) return fail("unit-mismatch", target.text, actual.text);
    return ok(numericScore(target, q.value, weight));
  }
  if (target.kind === "deadline") {
    const day = actualAsDay(actual);
    if (day) {
      const met = compareDays(day, target.day) <= 0;
      return ok(bandResult(met ? "achieved" : "not", weight, "deadline"));
    }
    if (actual.kind === "qualitative" && actual.band) return ok(bandResult(actual.band, weight, "deadline"));
    return fail("cannot-judge", actual.text);
  }
  const band = qualitativeBand(target, actual);
  if (band === null) return fail("cannot-judge", actual.text);
  return ok(bandResult(band, weight, "qualitative"));
}

function numericScore(target: Target & { kind: "numeric" }, a: number, w: number): IndicatorResult {
  const t = target.value;
  switch (target.op) {
    case ">=":
    case ">": {
      const met = target.op === ">=" ? a >= t - noise(t) : a > t;
      const r = met ? full(w, "higher") : partial(w, t > 0 ? (w * a) / t : 0, "higher");
      if (t > 0) r.ratio = roundNoise(a / t);
      return r;
    }
    case "<=":
    case "<": {
      const met = target.op === "<=" ? a <= t + noise(t) : a < t;
      if (met) return full(w, "lower");
      // A zero ceiling (0起) is met only by 0; anything above scores 0.
      return partial(w, t > 0 && a > 0 ? (w * t) / a : 0, "lower");
    }
    case "=": {
      if (Math.abs(a - t) <= tolerance(target)) return full(w, "equal");
      const hi = Math.max(Math.abs(a), Math.abs(t));
      return partial(w, hi > 0 ? (w * Math.min(a, t)) / hi : 0, "equal");
    }
  }
}

function full(w: number, method: IndicatorResult["method"]): IndicatorResult {
  return { score: w, ceiling: w, attainment: "met", method };
}

function partial(w: number, score: number, method: IndicatorResult["method"]): IndicatorResult {
  const s = roundNoise(Math.max(0, Math.min(w, score)));
  return { score: s, ceiling: s, attainment: "unmet", method };
}

function qualitativeBand(target: Target, actual: Actual): Band | null {
  const text = actual.text.trim();
  if (actual.kind === "qualitative" && actual.band) return actual.band;
  // 低于上年 against 低于上年: the actual restates the target, which is how people write "met".
  if (text.length > 0 && (text === target.text.trim() || text.includes(target.text.trim()))) return "achieved";
  return null;
}
