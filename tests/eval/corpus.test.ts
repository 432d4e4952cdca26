/**
 * The evaluation corpus and the in-process eval: enough workbooks, every class of issue 9 in two variants
 * at least, every workbook readable, every rule the corpus names in the table, and the golden fixtures'
 * musts and must-nots holding. The engine's score itself is not asserted: `npm run eval` reports it.
 */
import { RULE_IDS } from "../../src/core/types";
import { CLASS_IDS } from "./classes";
import { CORPUS } from "./corpus";
import { FIXTURE_CLAIMS } from "./fixture-claims";
import { runEval, type EvalRun } from "./harness";
import { renderEval } from "./print";
import { LAYOUT_RULE, rulesNamed } from "./score";

describe("the corpus", () => {
  it("has at least 30 workbooks, each with a unique id, a title and at least one sheet", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CORPUS.map((c) => c.id)).size).toBe(CORPUS.length);
    for (const c of CORPUS) {
      expect([c.id, c.title.length > 0, c.sheets.length > 0]).toEqual([c.id, true, true]);
    }
  });

  it.each(CLASS_IDS.map((id) => [id]))("covers class %s with at least two variants", (id) => {
    expect(CORPUS.filter((c) => c.classes.includes(id)).map((c) => c.id).length).toBeGreaterThanOrEqual(2);
  });

  it("names only known classes and rule ids", () => {
    for (const c of CORPUS) {
      for (const k of c.classes) expect(CLASS_IDS).toContain(k);
      for (const r of rulesNamed(c)) expect(RULE_IDS).toContain(r);
    }
  });

  it("every case claims something: an expected finding, a must-not, a judged rule or a layout", () => {
    for (const c of CORPUS) expect([c.id, c.expect.length + (c.mustNot?.length ?? 0) + (c.judges?.length ?? 0) + Object.keys(c.layouts ?? {}).length > 0]).toEqual([c.id, true]);
  });

  it("the fixture claims cover both golden workbooks", () => {
    expect(FIXTURE_CLAIMS.map((f) => f.file).sort()).toEqual(["chengde-2019-mine-inspection.xlsx", "qingdao-2019-safety-fund.xlsx"]);
  });
});

describe("the eval, run in-process", () => {
  let run: EvalRun;
  beforeAll(async () => {
    run = await runEval();
  }, 120_000);

  it("reads every corpus workbook without an input error", () => {
    expect(run.score.errors).toEqual([]);
    expect(run.cases).toBe(CORPUS.length);
  });

  it("returns a per-rule table with every rule the corpus names, and the layout row", () => {
    const named = new Set(CORPUS.flatMap(rulesNamed));
    const table = run.score.rules.map((r) => r.rule);
    for (const rule of named) expect(table).toContain(rule);
    expect(table).toContain(LAYOUT_RULE);
    for (const r of run.score.rules) expect(r.tp + r.fn + r.fp).toBeGreaterThanOrEqual(0);
    expect(run.score.overall.tp).toBe(run.score.rules.reduce((s, r) => s + r.tp, 0));
  });

  it("finds most of what the corpus expects (the eval reports the rest as misses)", () => {
    expect(run.score.overall.tp).toBeGreaterThan(run.score.overall.fn);
  });

  it("keeps every must and must-not of the golden fixtures", () => {
    expect(run.fixtures.filter((c) => !c.held)).toEqual([]);
    expect(run.fixtures.filter((c) => c.kind === "must").length).toBeGreaterThanOrEqual(20);
    expect(run.fixtures.filter((c) => c.kind === "must-not").length).toBeGreaterThanOrEqual(10);
    expect(renderEval(run).fixturesHold).toBe(true);
  });
});
