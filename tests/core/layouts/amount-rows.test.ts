/**
 * An amount table's rows keep their numbers in typed arrays (amount-rows.ts); each read must give back
 * the Num that was stored, field for field, whatever it was: the cell's own reading, a weight taken from
 * a label or the header (another row or column), a unit, a percentage, -0, decimals out of a byte's range.
 */
import { AMOUNT_NUMBERS, AmountRowsBuilder, StoredAmountRow } from "../../../src/core/layouts/amount-rows";
import type { AmountRow } from "../../../src/core/layouts/blocks";
import type { Num } from "../../../src/core/layouts/read";

/** A seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

type Six = [Num | null, Num | null, Num | null, Num | null, Num | null, Num | null];

function randomTable(seed: number) {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  // Some fields have no column in the table; their Nums (if any) come from elsewhere.
  const columns = AMOUNT_NUMBERS.map((_f, i) => (next() < 0.7 ? 2 + i : undefined));
  const expected: { facts: Parameters<AmountRowsBuilder["add"]>[0]; nums: Six }[] = [];
  const capacity = 1 + Math.floor(next() * 40);
  const count = Math.floor(next() * capacity * 2); // may outgrow the room made for it
  let row = 5;
  for (let i = 0; i < count; i++) {
    row += 1 + Math.floor(next() * 3);
    const nums = AMOUNT_NUMBERS.map((_f, k): Num | null => {
      if (next() < 0.3) return null;
      const own = columns[k] !== undefined && next() < 0.8;
      return {
        value: pick([0, -0, 1, 0.1, 123.45, -7.5, 1e21, Math.PI, 2 ** 53 + 2, Number.MIN_VALUE]) * (next() < 0.5 ? 1 : 3),
        decimals: pick([0, 1, 2, 4, 15, 127, -1, 300, 2.5]),
        row: own ? row : pick([row, row - 1, 3]),
        col: own ? (columns[k] as number) : pick([1, 9, 20]),
        unit: pick([null, null, null, "万元", "元"]),
        percent: next() < 0.3,
      };
    }) as Six;
    expected.push({ facts: { row, kind: pick(["item", "category", "subtotal", "total"] as const), name: `项目${i}`, nameCol: pick([1, undefined]), status: pick(["", "完成"]), explanation: pick([null, "", "原因"]), unitClash: next() < 0.1 }, nums });
  }
  return { columns, capacity, expected };
}

describe("AmountRowsBuilder", () => {
  it.each(Array.from({ length: 40 }, (_, i) => i + 1))("gives back every stored field on random table %i", (seed) => {
    const { columns, capacity, expected } = randomTable(seed);
    const table = new AmountRowsBuilder(columns, capacity);
    for (const { facts, nums } of expected) table.add(facts, nums);
    expect(table.rows).toHaveLength(expected.length);
    table.rows.forEach((row, i) => {
      const { facts, nums } = expected[i] as (typeof expected)[number];
      const plain: AmountRow = { ...facts, budget: nums[0], initialBudget: nums[1], actual: nums[2], rate: nums[3], weight: nums[4], score: nums[5], breakdown: null };
      // Object.is on each value, so -0 and 0 are told apart.
      for (const k of Object.keys(plain) as (keyof AmountRow)[]) {
        const got = row[k];
        const want = plain[k];
        if (want !== null && typeof want === "object") {
          expect(got).toEqual(want);
          expect(Object.is((got as Num).value, want.value)).toBe(true);
        } else expect(got).toBe(want);
      }
      expect((row as StoredAmountRow).toJSON()).toEqual(plain);
    });
  });

  it("keeps the breakdown a funds table sets on its rows", () => {
    const table = new AmountRowsBuilder([3, undefined, 4, undefined, undefined, undefined], 2);
    const row = table.add({ row: 4, kind: "item", name: "财政拨款", nameCol: 1, status: "", explanation: null, unitClash: false }, [null, null, null, null, null, null]);
    expect(row.breakdown).toBeNull();
    row.breakdown = "source";
    expect(table.rows[0]?.breakdown).toBe("source");
    expect(JSON.parse(JSON.stringify(row))).toMatchObject({ breakdown: "source", budget: null });
  });
});
