/** The fixture workbooks read in place, audited, and drafted: shared by the report and cross-check tests. */
import fs from "fs";
import { runAudit } from "../../src/core/audit";
import { renderFinding } from "../../src/core/messages";
import { DEFAULT_RULES } from "../../src/core/rules";
import type { Grid } from "../../src/core/grid/grid";
import { collectFacts, draftFromFacts, type ReportKind, type ReportModel, type WorkbookFacts } from "../../src/core/report";
import type { Finding } from "../../src/core/types";
import { readWorkbook } from "../../src/xlsx";
import { fixture } from "./fixtures";

export const QINGDAO = "qingdao-2019-safety-fund.xlsx";
export const CHENGDE = "chengde-2019-mine-inspection.xlsx";

export interface Form {
  grids: Grid[];
  findings: Finding[];
  facts: WorkbookFacts;
}

export async function readForm(name: string): Promise<Form> {
  const grids = readWorkbook(new Uint8Array(fs.readFileSync(fixture(name)))).grids;
  const findings = grids.flatMap((g) => runAudit(g, { rules: DEFAULT_RULES }).findings);
  return { grids, findings, facts: collectFacts(grids, findings) };
}

export function draft(form: Form, kind: ReportKind = "project"): ReportModel {
  return draftFromFacts(form.facts, { kind });
}

/** A finding's text as the zh-CN draft shows it. */
export const describe0 = (f: Finding): string => renderFinding(f, "zh-CN");

/** The seed reports the fixtures were built from, read in place. */
export function seed(name: "000_4c7fd10a856f9691.txt" | "002_009adab603461ead.txt"): string {
  return fs.readFileSync(fixture("../seeds/" + name), "utf8");
}
