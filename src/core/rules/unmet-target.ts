import type { IndicatorRow } from "../layouts/blocks";
import { classifyBand } from "../parse/target";
import type { RawFinding, Rule } from "./rule";

/** How an indicator fell short, or null when it was met or cannot be judged. */
export function shortfall(row: IndicatorRow): "numeric" | "deadline" | "qualitative" | "partial" | "declared" | null {
  const r = row.result;
  if (r?.ok) {
    const v = r.value;
    if (v.attainment === "partial") return "partial";
    if (v.attainment === "unmet") return v.method === "deadline" ? "deadline" : v.method === "qualitative" ? "qualitative" : "numeric";
    return null;
  }
  const band = row.status ? classifyBand(row.status) : null;
  return band === "not" || band === "partial" ? "declared" : null;
}

/** Targets not met: a declared 未完成, or an actual that fails the target's comparison. */
export const unmetTarget: Rule = {
  id: "unmet-target",
  defaultSeverity: "warning",
  defaultOn: true,
  check({ model }) {
    const out: RawFinding[] = [];
    for (const block of model.blocks) {
      if (block.kind === "indicators") {
        for (const row of block.rows) {
          const how = shortfall(row);
          if (how === null) continue;
          const col = how === "declared" ? (block.columns.status as number) : (row.actualCol ?? row.targetCol ?? block.columns.score ?? block.columns.weight ?? block.columns.target ?? 1);
          out.push({
            code: `unmet-target.${how}`,
            row: row.row,
            col,
            params: { item: row.name, target: row.targetText, actual: row.actualText, status: row.status },
            expected: row.targetText,
            actual: how === "declared" ? row.status : row.actualText,
          });
        }
        continue;
      }
      if (block.columns.status === undefined) continue;
      for (const row of block.rows) {
        if (row.kind !== "item" || !row.status) continue;
        const band = classifyBand(row.status);
        if (band !== "not" && band !== "partial") continue;
        out.push({ code: "unmet-target.declared", row: row.row, col: block.columns.status, params: { item: row.name, status: row.status }, actual: row.status });
      }
    }
    return out;
  },
};
