/** Property tests: the parsers return results and never throw, whatever they are given (architecture.md). */
import fc from "fast-check";
import { parseDayText } from "../../../src/core/parse/date";
import { parseQuantity, parseQuantityText, roundNoise } from "../../../src/core/parse/number";
import type { Result } from "../../../src/core/parse/result";
import { classifyBand, parseActual, parseTarget } from "../../../src/core/parse/target";
import { anyText, anyValue, targetLikeText, UNITS } from "../../helpers/cell-arbitraries";

const RUNS = { numRuns: 2000 };

/** A Result is either {ok: true, value} or {ok: false, problem: {code}} with string texts. */
function isResult(r: Result<unknown>): boolean {
  if (r.ok) return r.value !== undefined;
  const { code, text, other } = r.problem;
  return typeof code === "string" && (text === undefined || typeof text === "string") && (other === undefined || typeof other === "string");
}

// The string-typed parsers are called with anything on purpose: Excel and JS callers do not respect types.
const asString = (v: unknown): string => v as string;

const PARSERS: [string, (v: unknown) => unknown][] = [
  ["parseQuantityText", (v) => parseQuantityText(asString(v))],
  ["parseQuantity", parseQuantity],
  ["parseTarget", parseTarget],
  ["parseActual", parseActual],
  ["parseDayText", (v) => parseDayText(asString(v))],
  ["classifyBand", (v) => classifyBand(asString(v))],
];

describe.each(PARSERS)("%s never throws", (_name, parse) => {
  it("on any string (ASCII, full Unicode with lone surrogates, graphemes, target fragments)", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        parse(s);
      }),
      RUNS,
    );
  });

  it("on text built from operator, number and unit fragments", () => {
    fc.assert(
      fc.property(targetLikeText, (s) => {
        parse(s);
      }),
      RUNS,
    );
  });

  it("on any value: numbers incl. NaN and Infinity, null, objects, dates, null-prototype objects", () => {
    fc.assert(
      fc.property(anyValue, (v) => {
        parse(v);
      }),
      RUNS,
    );
  });
});

describe("results are well formed", () => {
  it.each(PARSERS.filter(([name]) => name !== "classifyBand"))("%s returns a Result for any value", (_name, parse) => {
    fc.assert(
      fc.property(fc.oneof(anyValue, targetLikeText), (v) => isResult(parse(v) as Result<unknown>)),
      RUNS,
    );
  });

  it("classifyBand returns a band or null", () => {
    fc.assert(
      fc.property(fc.oneof(anyValue, anyText), (v) => [null, "achieved", "partial", "not"].includes(classifyBand(asString(v)))),
      RUNS,
    );
  });

  it("a numeric quantity is always finite", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, anyValue), (v) => {
        const r = parseQuantity(v);
        return !r.ok || Number.isFinite(r.value.value);
      }),
      RUNS,
    );
  });

  it("a numeric target is always finite with a known operator", () => {
    fc.assert(
      fc.property(fc.oneof(targetLikeText, anyValue), (v) => {
        const r = parseTarget(v);
        if (!r.ok || r.value.kind !== "numeric") return true;
        return Number.isFinite(r.value.value) && [">=", ">", "<=", "<", "="].includes(r.value.op);
      }),
      RUNS,
    );
  });
});

const FULL_WIDTH_DIGITS = "０１２３４５６７８９";

/** Groups an integer digit string in threes: 1234567 → 1,234,567. */
function withThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Equal up to the rounding of one division (the parser scales on the digits, the test divides). */
function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 2 * Number.EPSILON * Math.abs(b);
}

describe("round trip: formatted numbers read back exactly", () => {
  const formatted = fc.record({
    intPart: fc.bigInt({ min: 0n, max: 10n ** 14n }),
    decimals: fc.integer({ min: 0, max: 4 }),
    fraction: fc.integer({ min: 0, max: 9999 }),
    negative: fc.boolean(),
    fullWidth: fc.boolean(),
    unit: fc.option(fc.constantFrom(...UNITS), { nil: null }),
  });

  it("parseQuantityText(x with thousands separators, optionally full-width, optionally with a unit) = x", () => {
    fc.assert(
      fc.property(formatted, ({ intPart, decimals, fraction, negative, fullWidth, unit }) => {
        const frac = decimals === 0 ? "" : String(fraction % 10 ** decimals).padStart(decimals, "0");
        const canonical = `${intPart}${frac ? "." + frac : ""}`;
        const x = Number(canonical);
        const sign = negative && x !== 0 ? "-" : "";
        let text = `${sign}${withThousands(String(intPart))}${frac ? "." + frac : ""}`;
        if (fullWidth) text = text.replace(/\d/g, (d) => FULL_WIDTH_DIGITS[Number(d)] ?? d);
        text += unit ?? "";

        const r = parseQuantityText(text);
        if (!r.ok) throw new Error(`${text} → ${JSON.stringify(r.problem)}`);
        const expected = sign ? -x : x;
        if (unit === "%" || unit === "％" || unit === "百分比") {
          expect(r.value.unit).toBe("%");
          expect(nearlyEqual(r.value.value, expected / 100)).toBe(true);
          // Exactly the double nearest the decimal x / 100, as if the point had been moved in the text.
          expect(r.value.value).toBe(Number(`${sign}${canonical}e-2`));
        } else if (unit === "‰") {
          expect(r.value.unit).toBe("‰");
          expect(nearlyEqual(r.value.value, expected / 1000)).toBe(true);
          expect(r.value.value).toBe(Number(`${sign}${canonical}e-3`));
        } else {
          expect(r.value.value).toBe(expected);
          expect(r.value.unit).toBe(unit);
          expect(r.value.decimals).toBe(frac.length);
        }
      }),
      RUNS,
    );
  });

  it("percentages are scaled on the digits: no binary noise (75.54% is exactly 0.7554)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 4 }), (n, d) => {
        const text = (n / 10 ** d).toFixed(d);
        const r = parseQuantityText(`${text}%`);
        if (!r.ok) return false;
        return r.value.value === Number((n / 10 ** (d + 2)).toFixed(d + 2));
      }),
      RUNS,
    );
  });
});

describe("roundNoise is Number(x.toPrecision(15)) (its fast path must not change a single bit)", () => {
  const same = (x: number): boolean => Object.is(roundNoise(x), Number(x.toPrecision(15))) || (Number.isInteger(x) && roundNoise(x) === x);

  it("for any double", () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), same), { numRuns: 20000 });
  });

  it("for quotients as the scorer computes them (w × a / t, a / t)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 6 }), (w, a, t, d) => {
        const scale = 10 ** d;
        return same((w * (a / scale)) / (t / scale)) && same(a / scale / (t / scale)) && same(a / t);
      }),
      { numRuns: 20000 },
    );
  });

  it("near ties and at the edges of the fast path", () => {
    for (const x of [0.1 + 0.2, 0.7554000000000001, 1.0000000000000049, 1.0000000000000051, 123456789012345.5, 99999999999999.97,
      1e-7, 1e-7 * (1 - Number.EPSILON), 1e14 - 0.5, 0.30000000000000004, 2.675, 1.005, -0.1 - 0.2, 5e-324, 1.7976931348623157e308]) {
      expect(same(x)).toBe(true);
    }
  });
});
