/** Findings made by hand for host and UI tests: real codes and typed parameters, so they render like the engine's. */
import { parseA1 } from "../../src/core/grid/grid";
import { amount, type Finding, type RuleId, type Severity } from "../../src/core/types";

export interface SampleFinding {
  sheet?: string;
  cell?: string;
  severity?: Severity;
  rule?: RuleId;
  /** The row name the message quotes: what tests look for in rendered text. */
  item?: string;
  stated?: number;
  computed?: number;
}

/** A total-mismatch finding (or another rule id on the same data) at `cell`, quoting `item`. */
export function sampleFinding(s: SampleFinding = {}): Finding {
  const cell = s.cell ?? "D44";
  const at = parseA1(cell);
  if (!at) throw new Error(`test helper: bad cell ${cell}`);
  const stated = s.stated ?? 1465.45;
  const computed = s.computed ?? 1465.44;
  return {
    rule: s.rule ?? "total-mismatch",
    severity: s.severity ?? "error",
    sheet: s.sheet ?? "明细",
    cell,
    row: at.row,
    column: at.col,
    code: "total-mismatch.amount",
    params: { item: s.item ?? "合计", column: "实际支出", stated, computed, decimals: 2 },
    expected: amount(computed, 2),
    actual: amount(stated, 2),
  };
}
