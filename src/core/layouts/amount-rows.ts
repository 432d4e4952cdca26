/**
 * The rows of an amount table, with their numbers kept in typed arrays instead of a Num object per cell.
 *
 * A Num is an object of six fields and its value a boxed number (V8 boxes every number that is not a small
 * integer), about 90 bytes; three or four of them a row were most of the model of a 50,000-row table. Here a
 * number the table's own column holds takes 10 bytes, and each read of `row.budget` makes a Num as
 * readNum made it: the same fields, the same values. A Num that is not that cell's own reading (a weight taken
 * from a label or from the header) is kept as it was given.
 */
import type { AmountRow, AmountRowKind } from "./blocks";
import type { Num } from "./read";

/** The number fields of an AmountRow, in slot order. */
export const AMOUNT_NUMBERS = ["budget", "initialBudget", "actual", "rate", "weight", "score"] as const;
export type AmountNumberField = (typeof AMOUNT_NUMBERS)[number];
type Field = 0 | 1 | 2 | 3 | 4 | 5;
const [BUDGET, INITIAL, ACTUAL, RATE, WEIGHT, SCORE] = [0, 1, 2, 3, 4, 5] as const;

const PRESENT = 1;
const PERCENT = 2;

/** The numbers of one table's rows: per row, a slot for each field whose column the table has. */
export class AmountNumbers {
  /** The column of each field (0: the table has none), and its slot in a row (-1: none). */
  private readonly cols: Int32Array;
  private readonly slots: Int8Array;
  private readonly width: number;
  private values: Float64Array;
  private decimals: Int8Array;
  private flags: Uint8Array;
  /** Units written in cells (`万元`), by slot index; rare. */
  private readonly units = new Map<number, string>();
  /** Nums that are not their column's reading of their row, by row index * 6 + field. */
  private readonly others = new Map<number, Num>();

  /** `columns` in field order (undefined: the table has no such column); `rows`: how many rows to make room for. */
  constructor(columns: readonly (number | undefined)[], rows: number) {
    this.cols = new Int32Array(AMOUNT_NUMBERS.length);
    this.slots = new Int8Array(AMOUNT_NUMBERS.length).fill(-1);
    let width = 0;
    columns.forEach((c, f) => {
      if (c === undefined) return;
      this.cols[f] = c;
      this.slots[f] = width++;
    });
    this.width = width;
    const size = Math.max(1, rows) * width;
    this.values = new Float64Array(size);
    this.decimals = new Int8Array(size);
    this.flags = new Uint8Array(size);
  }

  /** Stores field `f` of the row at `index` (sheet row `row`). */
  set(index: number, row: number, f: Field, n: Num | null): void {
    if (n === null) return;
    const slot = this.slots[f] as number;
    const own = slot >= 0 && n.row === row && n.col === this.cols[f] && Number.isInteger(n.decimals) && n.decimals >= -128 && n.decimals <= 127;
    if (!own) {
      this.others.set(index * AMOUNT_NUMBERS.length + f, n);
      return;
    }
    const at = index * this.width + slot;
    if (at >= this.values.length) this.grow(at + 1);
    this.values[at] = n.value;
    this.decimals[at] = n.decimals;
    this.flags[at] = PRESENT | (n.percent ? PERCENT : 0);
    if (n.unit !== null) this.units.set(at, n.unit);
  }

  /** Field `f` of the row at `index` (sheet row `row`), as a new Num; null when the cell held none. */
  get(index: number, row: number, f: Field): Num | null {
    const slot = this.slots[f] as number;
    if (slot >= 0) {
      const at = index * this.width + slot;
      const flags = at < this.flags.length ? (this.flags[at] as number) : 0;
      if (flags & PRESENT) {
        return { value: this.values[at] as number, decimals: this.decimals[at] as number, row, col: this.cols[f] as number, unit: this.units.get(at) ?? null, percent: (flags & PERCENT) !== 0 };
      }
    }
    return this.others.size > 0 ? (this.others.get(index * AMOUNT_NUMBERS.length + f) ?? null) : null;
  }

  private grow(size: number): void {
    const length = Math.max(size, this.values.length * 2);
    const values = new Float64Array(length);
    values.set(this.values);
    const decimals = new Int8Array(length);
    decimals.set(this.decimals);
    const flags = new Uint8Array(length);
    flags.set(this.flags);
    this.values = values;
    this.decimals = decimals;
    this.flags = flags;
  }
}

/** The fields of a row other than its numbers. */
export interface AmountRowFacts {
  row: number;
  kind: AmountRowKind;
  name: string;
  nameCol: number | undefined;
  status: string;
  explanation: string | null;
  unitClash: boolean;
}

/** An AmountRow whose numbers live in its table's AmountNumbers. */
export class StoredAmountRow implements AmountRow {
  row: number;
  kind: AmountRowKind;
  name: string;
  nameCol: number | undefined;
  status: string;
  explanation: string | null;
  unitClash: boolean;
  breakdown: string | null = null;

  constructor(
    private readonly numbers: AmountNumbers,
    private readonly index: number,
    facts: AmountRowFacts,
  ) {
    this.row = facts.row;
    this.kind = facts.kind;
    this.name = facts.name;
    this.nameCol = facts.nameCol;
    this.status = facts.status;
    this.explanation = facts.explanation;
    this.unitClash = facts.unitClash;
  }

  get budget(): Num | null {
    return this.numbers.get(this.index, this.row, BUDGET);
  }
  get initialBudget(): Num | null {
    return this.numbers.get(this.index, this.row, INITIAL);
  }
  get actual(): Num | null {
    return this.numbers.get(this.index, this.row, ACTUAL);
  }
  get rate(): Num | null {
    return this.numbers.get(this.index, this.row, RATE);
  }
  get weight(): Num | null {
    return this.numbers.get(this.index, this.row, WEIGHT);
  }
  get score(): Num | null {
    return this.numbers.get(this.index, this.row, SCORE);
  }

  /** A plain object of the same fields, for JSON and for comparing in tests. */
  toJSON(): AmountRow {
    const { row, kind, name, nameCol, status, explanation, unitClash, breakdown } = this;
    return { row, kind, name, nameCol, budget: this.budget, initialBudget: this.initialBudget, actual: this.actual, rate: this.rate, weight: this.weight, score: this.score, status, explanation, unitClash, breakdown };
  }
}

/** Builds a table's rows: `add` stores one row's numbers (in AMOUNT_NUMBERS order) and facts. */
export class AmountRowsBuilder {
  readonly rows: AmountRow[] = [];
  private readonly numbers: AmountNumbers;

  /** `columns`: the table's column of each number field, in AMOUNT_NUMBERS order. */
  constructor(columns: readonly (number | undefined)[], capacity: number) {
    this.numbers = new AmountNumbers(columns, capacity);
  }

  add(facts: AmountRowFacts, nums: readonly [Num | null, Num | null, Num | null, Num | null, Num | null, Num | null]): AmountRow {
    const index = this.rows.length;
    for (let f = 0; f < nums.length; f++) this.numbers.set(index, facts.row, f as Field, nums[f] as Num | null);
    const row = new StoredAmountRow(this.numbers, index, facts);
    this.rows.push(row);
    return row;
  }
}
