/** The 自评报告: a draft built from the form, and the cross-check of a written report against it. */
export * from "./model";
export { collectFacts, type WorkbookFacts, type Fact, type AmountFact, type IndicatorFact, type Quote } from "./facts";
export { draftReport, draftFromFacts, type DraftOptions } from "./draft";
export { crosscheckReport, findClaims, type Claim, type CrosscheckResult } from "./crosscheck";
export { REPORT_CODES, REPORT_RULE_IDS, REPORT_SEVERITY, type ReportCode, type ReportFinding, type ReportParams, type ReportRuleId, type ReportMessages, type ClaimKind } from "./codes";
export { reportZhCN } from "./messages-zh-CN";
export { reportEnUS } from "./messages-en-US";
export { templateData, TEMPLATE_FIELDS, type TemplateData } from "./template-data";
export { reportFindingMessage } from "./render";
