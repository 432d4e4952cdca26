/**
 * An amount table's rows keep their numbers in typed arrays (amount-rows.ts); each read must give back
 * the Num that was stored, field for field, whatever it was: the cell's own reading, a weight taken from
 * a label or the header (another row or column), a unit, a percentage, -0, decimals out of a byte's range.
 */
import fc from "fast-check";
import { AMOUNT_NUMBERS, AmountRowsBuilder, StoredAmountRow, type AmountRowFacts } from "../../../src/core/layouts/amount-rows";
import type { AmountRow } from "../../../src/core/layouts/blocks";
import type { Num } from "../../../src/core/layouts/read";

type Six = [Num | null, Num | null, Num | null, Num | null, Num | null, Num | null];

/** A field's Num: null, its own column's reading of the row (when the table has the column), or one from elsewhere. */
const numFor = (col: number | undefined, row: number): fc.Arbitrary<Num | null> =>
  fc.record({
    kind: fc.constantFrom<"none" | "own" | "other">("none", "own", "own", "other"),
    value: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, 0.1, 123.45, 2 ** 53 + 2, Number.MIN_VALUE)),
    decimals: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom(15, 127, -1, -128, 128, 300, 2.5)),
    otherRow: fc.constantFrom(row - 1, 3, row),
    otherCol: fc.constantFrom(1, 9, 20),
    unit: fc.constantFrom(null, null, "万元", "元"),
    percent: fc.boolean(),
  }).map(({ kind, value, decimals, otherRow, otherCol, unit, percent }) => {
    if (kind === "none") return null;
    const own = kind === "own" && col !== undefined;
    return { value, decimals, row: own ? row : otherRow, col: own ? col : otherCol, unit, percent };
  });

const facts = (row: number): fc.Arbitrary<AmountRowFacts> =>
  fc.record({
    row: fc.constant(row),
    kind: fc.constantFrom("item", "category", "subtotal", "total" as const),
    name: fc.string(),
    nameCol: fc.constantFrom(1, undefined),
    status: fc.constantFrom("", "完成"),
    explanation: fc.constantFrom(null, "", "原因"),
    unitClash: fc.boolean(),
  });

/** Columns (some fields without one), room for some rows, and rows that may outgrow it. */
const table = fc
  .record({ columns: fc.tuple(...AMOUNT_NUMBERS.map((_f, i) => fc.option(fc.constant(2 + i), { nil: undefined }))), capacity: fc.integer({ min: 1, max: 30 }), count: fc.integer({ min: 0, max: 60 }) })
  .chain(({ columns, capacity, count }) =>
    fc.record({
      columns: fc.constant(columns),
      capacity: fc.constant(capacity),
      rows: fc.tuple(...Array.from({ length: count }, (_x, i) => fc.tuple(facts(5 + 2 * i), fc.tuple(...columns.map((c) => numFor(c, 5 + 2 * i))) as fc.Arbitrary<Six>))),
    }),
  );

const plainOf = (f: AmountRowFacts, nums: Six): AmountRow => ({ ...f, budget: nums[0], initialBudget: nums[1], actual: nums[2], rate: nums[3], weight: nums[4], score: nums[5], breakdown: null });

describe("AmountRowsBuilder", () => {
  it("gives back every stored field, on random tables", () => {
    fc.assert(
      fc.property(table, ({ columns, capacity, rows }) => {
        const built = new AmountRowsBuilder(columns, capacity);
        for (const [f, nums] of rows) built.add(f, nums);
        expect(built.rows).toHaveLength(rows.length);
        built.rows.forEach((row, i) => {
          const [f, nums] = rows[i] as [AmountRowFacts, Six];
          const plain = plainOf(f, nums);
          for (const k of Object.keys(plain) as (keyof AmountRow)[]) {
            const got = row[k];
            const want = plain[k];
            if (want !== null && typeof want === "object") {
              expect(got).toEqual(want);
              // Object.is, so that -0 and 0 are told apart.
              expect(Object.is((got as Num).value, want.value)).toBe(true);
            } else expect(got).toBe(want);
          }
          expect((row as StoredAmountRow).toJSON()).toEqual(plain);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("keeps the breakdown a funds table sets on its rows", () => {
    const built = new AmountRowsBuilder([3, undefined, 4, undefined, undefined, undefined], 2);
    const row = built.add({ row: 4, kind: "item", name: "财政拨款", nameCol: 1, status: "", explanation: null, unitClash: false }, [null, null, null, null, null, null]);
    expect(row.breakdown).toBeNull();
    row.breakdown = "source";
    expect(built.rows[0]?.breakdown).toBe("source");
    expect(JSON.parse(JSON.stringify(row))).toMatchObject({ breakdown: "source", budget: null });
  });
});
