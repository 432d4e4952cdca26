import { isBlank } from "../layouts/read";
import { normalizeText } from "../parse/number";
import { text } from "../types";
import { allIndicatorRows } from "./helpers";
import type { RawFinding, Rule } from "./rule";

/** An actual written as a target: it starts with a comparison (≥266米, 不低于95%). */
const OPERATOR_START = /^(>=|<=|[≥≤≧≦><=═]|不低于|不少于|不高于|不超过|不多于|至少|大于|小于|等于|达到)/;

/**
 * Scores with nothing reported behind them: an actual that repeats the target with its operator (so what was
 * achieved is not said), or a score on a row with neither target nor actual.
 */
export const unsupportedScore: Rule = {
  id: "unsupported-score",
  defaultSeverity: "warning",
  defaultOn: true,
  check({ model }) {
    const out: RawFinding[] = [];
    for (const row of allIndicatorRows(model)) {
      if (!row.score || row.score.value === 0) continue;
      const actual = normalizeText(row.actualText);
      if (actual && OPERATOR_START.test(actual) && row.actualCol !== undefined) {
        const params = { item: row.name, target: row.targetText, actual: row.actualText };
        out.push({ code: "unsupported-score.repeats-target", row: row.row, col: row.actualCol, params, expected: text(row.targetText), actual: text(row.actualText) });
        continue;
      }
      if (isBlank(row.targetText) && isBlank(row.actualText)) {
        out.push({ code: "unsupported-score.no-basis", row: row.row, col: row.score.col, params: { item: row.name, stated: row.score.value } });
      }
    }
    return out;
  },
};
