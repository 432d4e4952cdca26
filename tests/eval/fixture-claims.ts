/**
 * The musts and must-nots of ../shared/fixtures/README.md as data, one entry per claim, with the sheet,
 * and the cell where the README names one (its row otherwise). The fixtures are read in place.
 */
import type { LayoutKind } from "../../src/core/types";
import { fixture } from "../helpers/fixtures";
import type { Expectation } from "./types";

export interface FixtureClaims {
  file: string;
  path: () => string;
  layouts: Record<string, LayoutKind>;
  must: Expectation[];
  mustNot: Expectation[];
}

const rows = (sheet: string, rule: Expectation["rule"], list: number[], why?: string): Expectation[] => list.map((row) => ({ rule, sheet, row, ...(why ? { why } : {}) }));

const QD_ITEMS = "项目支出明细";
const QD_IND = "绩效指标";
const CD = "项目支出绩效自评表";

export const FIXTURE_CLAIMS: readonly FixtureClaims[] = [
  {
    file: "qingdao-2019-safety-fund.xlsx",
    path: () => fixture("qingdao-2019-safety-fund.xlsx"),
    layouts: { [QD_ITEMS]: "line-items", [QD_IND]: "indicators" },
    must: [
      ...rows(QD_ITEMS, "low-execution", [7, 9, 14, 15, 19, 21, 27, 28, 29, 30, 35, 36, 38, 40, 43], "rate below 60%"),
      ...rows(QD_ITEMS, "unmet-target", [9, 21, 27, 29, 43], "未完成"),
      { rule: "total-mismatch", sheet: QD_ITEMS, cell: "D44", why: "1465.45 stated, items add up to 1465.44" },
      ...rows(QD_IND, "unmet-target", [5, 6, 8, 19]),
      { rule: "missing-explanation", sheet: QD_IND, row: 8 },
      { rule: "score-mismatch", sheet: QD_IND, cell: "G7", why: "partly met scores at most 80%" },
      { rule: "total-mismatch", sheet: QD_IND, cell: "G20", why: "84.75 stated, scores add up to 82.55" },
    ],
    mustNot: [
      { rule: "rate-mismatch", sheet: QD_ITEMS },
      { rule: "total-mismatch", sheet: QD_ITEMS, cell: "C44" },
      ...rows(QD_ITEMS, "low-execution", [4, 5, 6, 8]),
      { rule: "missing-explanation", sheet: QD_ITEMS },
      { rule: "weight-sum", sheet: QD_IND },
      { rule: "score-mismatch", sheet: QD_IND, cell: "G19", why: "7.55 is 10 × 75.54% rounded" },
    ],
  },
  {
    file: "chengde-2019-mine-inspection.xlsx",
    path: () => fixture("chengde-2019-mine-inspection.xlsx"),
    layouts: { [CD]: "self-evaluation" },
    must: [
      { rule: "score-mismatch", sheet: CD, cell: "I6", why: "9.7 stated, the rule gives 8.36" },
      { rule: "unmet-target", sheet: CD, row: 13, why: "253 of 286 mines" },
      { rule: "score-mismatch", sheet: CD, cell: "H13", why: "20 stated, the rule gives 17.69" },
    ],
    mustNot: [
      { rule: "rate-mismatch", sheet: CD, cell: "H6", why: "83.60% uses the full-year budget" },
      { rule: "low-execution", sheet: CD },
      ...rows(CD, "unmet-target", [16, 17, 18], "deadline met, cost under cap, zero accidents"),
      { rule: "total-mismatch", sheet: CD, cell: "H21", why: "99.7 is the sum of the stated scores" },
    ],
  },
];
