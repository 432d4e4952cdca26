import type { RuleId } from "../types";
import { executionCapRule } from "./execution-cap";
import { gradeMismatch } from "./grade-mismatch";
import { lowExecution } from "./low-execution";
import { missingExplanation } from "./missing-explanation";
import { nonNumericActual } from "./non-numeric-actual";
import { overBudget } from "./over-budget";
import { rateMismatch } from "./rate-mismatch";
import type { Rule } from "./rule";
import { recognition } from "./recognition";
import { ruleBasedTotal } from "./rule-based-total";
import { unsupportedScore } from "./unsupported-score";
import { scoreMismatch } from "./score-mismatch";
import { shortSum } from "./short-sum";
import { typedTotal } from "./typed-total";
import { inconsistentFormula } from "./inconsistent-formula";
import { hardcodedConstant } from "./hardcoded-constant";
import { externalLink } from "./external-link";
import { numberAsText } from "./number-as-text";
import { staleValues } from "./stale-values";
import { hiddenRows } from "./hidden-rows";
import { targetChanged } from "./target-changed";
import { targetExceeded } from "./target-exceeded";
import { totalMismatch } from "./total-mismatch";
import { unitMismatch } from "./unit-mismatch";
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
  unsupportedScore,
  recognition,
  typedTotal,
  shortSum,
  inconsistentFormula,
  hardcodedConstant,
  numberAsText,
  staleValues,
  hiddenRows,
  externalLink,
  targetChanged,
];

/** The rules an audit runs unless told otherwise: every rule that is on by default. */
export const DEFAULT_RULES: readonly Rule[] = ALL_RULES.filter((r) => r.defaultOn);

export const DEFAULT_RULE_IDS: readonly RuleId[] = DEFAULT_RULES.map((r) => r.id);

/** The rules with these ids, in report order; unknown ids are left out. */
export function rulesById(ids: readonly string[]): Rule[] {
  const wanted = new Set(ids);
  return ALL_RULES.filter((r) => wanted.has(r.id));
}
