/** The 自评报告: a draft built from the form, and the cross-check of a written report against it. */
export * from "./model";
export { collectFacts, type WorkbookFacts, type Fact, type AmountFact, type IndicatorFact, type Quote } from "./facts";
export { draftReport, draftFromFacts, type DraftOptions } from "./draft";
