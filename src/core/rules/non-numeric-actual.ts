import { text } from "../types";
import { uncomparedRows } from "./helpers";
import type { Rule } from "./rule";

/** A numeric target with a non-numeric actual (完成 against ≥30万元): the score cannot be checked. */
export const nonNumericActual: Rule = {
  id: "non-numeric-actual",
  defaultSeverity: "warning",
  defaultOn: true,
  check({ model }) {
    return uncomparedRows(model, "not-a-number").map((row) => ({
      code: "non-numeric-actual",
      row: row.row,
      col: row.actualCol ?? row.targetCol ?? 1,
      params: { item: row.name, target: row.targetText, actual: row.actualText },
      expected: text(row.targetText),
      actual: text(row.actualText),
    }));
  },
};
