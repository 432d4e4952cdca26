import type { RuleId } from "../types";
import { nonNumericActual, unitMismatch } from "./actual-problems";
import { executionCapRule } from "./execution-cap";
import { gradeMismatch } from "./grade-mismatch";
import { lowExecution } from "./low-execution";
import { missingExplanation } from "./missing-explanation";
import { overBudget } from "./over-budget";
import { rateMismatch } from "./rate-mismatch";
import type { Rule } from "./rule";
import { ruleBasedTotal } from "./rule-based-total";
import { scoreMismatch } from "./score-mismatch";
import { targetExceeded } from "./target-exceeded";
import { totalMismatch } from "./total-mismatch";
import { unmetTarget } from "./unmet-target";
import { weightSum } from "./weight-sum";

export type { Rule, RawFinding, RuleContext } from "./rule";

/** Every rule, in report order. Adding a rule means adding it here: nothing registers itself. */
export const ALL_RULES: readonly Rule[] = [
  lowExecution,
  unmetTarget,
  rateMismatch,
  totalMismatch,
  weightSum,
  scoreMismatch,
  missingExplanation,
  gradeMismatch,
  targetExceeded,
  nonNumericActual,
  unitMismatch,
  overBudget,
  executionCapRule,
  ruleBasedTotal,
];

export const DEFAULT_RULE_IDS: readonly RuleId[] = ALL_RULES.filter((r) => r.defaultOn).map((r) => r.id);
