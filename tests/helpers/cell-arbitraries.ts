/** fast-check generators for cell values as finance staff write them, and for anything at all. */
import fc from "fast-check";

export const OPERATORS = [
  "≥", "≧", ">=", "＞＝", "＞", ">", "≤", "≦", "<=", "＜＝", "＜", "<", "=", "＝", "=>", "=<",
  "不低于", "不少于", "至少", "达到", "不高于", "不超过", "不多于", "控制在", "大于", "超过", "小于", "低于", "等于",
];

export const SUFFIXES = ["以上", "以内", "及以上", "以下", "之内", "前", "之前", "底前", "完成", "左右"];

export const UNITS = [
  "%", "％", "百分比", "‰", "万元", "元", "个", "次", "人", "人次", "座", "家", "项", "天", "份", "场", "起", "户", "处",
  "条", "期", "公里", "月",
];

/** Pieces that are not numbers or units but turn up around them. */
const WORDS = [
  "每月", "全年", "累计", "上年", "较上年", "有所提高", "逐步改善", "按时", "及时", "完成", "基本完成", "未完成", "年", "月", "日",
  "底", "末", "—", "/", "*", "(", ")", "¥", "人民币", "-", "+", ",", ".", "，", "．", " ", "\u3000", "一", "两", "十", "百", "千",
  "零", "Yes", "No", "e", "E", "Infinity", "NaN", "0x",
];

const FULL_WIDTH_DIGITS = "０１２３４５６７８９";

/** A number as text: plain, with thousands separators, full-width, or huge. */
export const numberText: fc.Arbitrary<string> = fc.oneof(
  fc.double({ noNaN: true }).map(String),
  fc.integer({ min: 0, max: 1_000_000 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 9999 })).map(([a, b]) => `${a.toLocaleString("en-US")}.${b}`),
  fc.integer({ min: 0, max: 99_999 }).map((n) => String(n).replace(/\d/g, (d) => FULL_WIDTH_DIGITS[Number(d)] ?? d)),
  fc.constantFrom("0", "00", "1e308", "9".repeat(400), "0.000000001", "1,2,3", "1..2", ".", ""),
);

/** Text assembled from operator, number, unit and word fragments: mostly near-valid targets and actuals. */
export const targetLikeText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...OPERATORS) },
      { weight: 4, arbitrary: numberText },
      { weight: 3, arbitrary: fc.constantFrom(...UNITS) },
      { weight: 1, arbitrary: fc.constantFrom(...SUFFIXES) },
      { weight: 2, arbitrary: fc.constantFrom(...WORDS) },
      { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(""));

/** Any string: ASCII-ish, full Unicode including lone surrogates, and fragment soup. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme" }),
  targetLikeText,
);

/** Values String() cannot print, which a careless parser would throw on. */
export const hostileValue: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  Object.create(null),
  { toString: 1 },
  { valueOf: () => { throw new Error("valueOf"); }, toString: () => { throw new Error("toString"); } },
  [Object.create(null)],
  Symbol("cell"),
);

/** Any JS value, including the odd ones: null prototypes, boxed values, dates, big ints, sparse arrays. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(),
  fc.anything({
    withNullPrototype: true,
    withBoxedValues: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    withUnicodeString: true,
  }),
  fc.constantFrom<unknown>(NaN, Infinity, -Infinity, -0, null, undefined, new Date(NaN), new Date(Date.UTC(2019, 11, 20)), true, false),
  fc.double(),
  anyText,
  hostileValue,
  fc.record({ code: fc.constantFrom("#N/A", "#VALUE!", "#DIV/0!", "#REF!", "bogus") }),
  fc.record({ error: fc.string() }),
);

/** A cell argument as Excel passes it: a scalar, a 1×1, or a (possibly ragged) 2-D range of anything. */
export const anyArgument: fc.Arbitrary<unknown> = fc.oneof(
  anyValue,
  fc.array(fc.array(anyValue, { maxLength: 3 }), { maxLength: 3 }),
  fc.array(anyValue, { maxLength: 3 }),
  fc.constant([[]]),
  fc.constant([]),
);
