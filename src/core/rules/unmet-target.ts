import { amountItems, indicatorRows } from "../layouts/access";
import { classifyBand } from "../parse/target";
import { text } from "../types";
import { shortfall } from "./helpers";
import type { RawFinding, Rule } from "./rule";

/** Targets not met: a declared 未完成, or an actual that fails the target's comparison. */
export const unmetTarget: Rule = {
  id: "unmet-target",
  defaultSeverity: "warning",
  defaultOn: true,
  check({ model }) {
    const out: RawFinding[] = [];
    for (const block of model.blocks) {
      for (const row of indicatorRows(block)) {
        const how = shortfall(row);
        if (how === null) continue;
        const col = how === "declared" ? (block.columns.status as number) : (row.actualCol ?? row.targetCol ?? block.columns.score ?? block.columns.weight ?? block.columns.target ?? 1);
        const expected = text(row.targetText);
        if (how === "declared") {
          out.push({ code: "unmet-target.declared", row: row.row, col, params: { item: row.name, status: row.status }, expected, actual: text(row.status) });
        } else {
          out.push({ code: `unmet-target.${how}`, row: row.row, col, params: { item: row.name, target: row.targetText, actual: row.actualText }, expected, actual: text(row.actualText) });
        }
      }
      if (block.columns.status === undefined) continue;
      for (const row of amountItems(block)) {
        if (!row.status) continue;
        const band = classifyBand(row.status);
        if (band !== "not" && band !== "partial") continue;
        out.push({ code: "unmet-target.declared", row: row.row, col: block.columns.status, params: { item: row.name, status: row.status }, actual: text(row.status) });
      }
    }
    return out;
  },
};
