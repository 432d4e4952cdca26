import { Grid } from "../../../src/core/grid/grid";
import { detectBlocks } from "../../../src/core/layouts/detect";
import { RULE_IDS } from "../../../src/core/types";
import { audit, cells, grid, type SheetSpec } from "../../helpers/grid";
import { changed, CLEAN_INDICATORS, INDICATOR_HEADER, LINE_ITEM_HEADER, PROSE } from "../../helpers/sheets";

const ALL = { rules: [...RULE_IDS] };

describe("a sheet holding two blocks: line items, then an indicator table below", () => {
  const spec: SheetSpec = {
    rows: [
      ["2019年度项目支出及绩效情况"],
      [null, null, null, null, null, null, "单位：万元"],
      LINE_ITEM_HEADER,
      [1, "甲", 100, 50, 0.5, "完成", "已说明"],
      [2, "乙", 100, 100, 1, "完成", "已说明"],
      ["合计", null, 200, 150, 0.75, null, null],
      [],
      ["绩效指标完成情况"],
      INDICATOR_HEADER,
      ...changed({ 0: { target: "≥4座", actual: "3座", score: 20 } }).map((i) => [i.l1 ?? null, i.l2 ?? null, i.name, i.target, i.actual, i.weight, i.score, i.note ?? null]),
      ["总分", null, null, null, null, 100, 100, null],
    ],
    merges: ["A1:G1", "A10:A13", "B10:B11", "A14:A15", "A16:A16"],
    formats: { "E4:E6": "0.00%" },
  };

  it("finds both blocks, each with its own header row", () => {
    const report = audit(spec);
    expect(report.layout).toBe("mixed");
    expect(report.blocks).toEqual([
      { kind: "line-items", headerRow: 3, lastRow: 6, rows: 3 },
      { kind: "indicators", headerRow: 9, lastRow: 17, rows: 8 },
    ]);
  });

  it("the line-item block ends where the indicator header begins (no indicator row is read as an item)", () => {
    const [items] = detectBlocks(grid(spec)).blocks;
    expect(items?.rows.map((r) => r.row)).toEqual([4, 5, 6]);
  });

  it("reports the problems of both blocks", () => {
    expect(cells(audit(spec).findings)).toEqual([
      "E4 low-execution",
      "E10 unmet-target.numeric",
      "G10 score-mismatch.quantitative",
      "H10 missing-explanation.unmet",
      "G18 rule-based-total",
    ]);
  });
});

describe("sheets with nothing to audit", () => {
  it.each([
    ["no rows at all", new Grid({ sheet: "空", rows: [] })],
    ["empty rows", grid({ rows: [[], [], []] })],
    ["blank cells", grid({ rows: [[null, "", null], ["", "  ".trim(), null]] })],
  ])("an empty sheet (%s) is layout 'empty' with no findings", (_name, g) => {
    const report = audit(g, ALL);
    expect(report.layout).toBe("empty");
    expect(report.blocks).toEqual([]);
    expect(report.findings).toEqual([]);
    expect(report.stats).toMatchObject({ errors: 0, warnings: 0, infos: 0 });
  });

  it("a prose-only sheet (a report pasted as text) is 'unrecognised' with no findings: never guessed at", () => {
    const report = audit(PROSE, ALL);
    expect(report.layout).toBe("unrecognised");
    expect(report.blocks).toEqual([]);
    expect(report.findings).toEqual([]);
  });

  it("prose spread over several columns, with numbers, is still not a table", () => {
    const spec: SheetSpec = {
      rows: [
        ["项目名称", "2019年度安全生产专项资金"],
        ["主管部门", "市应急管理局"],
        ["年度目标", "对全市286个矿山进行隐患排查，遏制较大以上事故发生。"],
        ["完成情况", "实际排查253座，排查整治隐患3099条。"],
        ["资金情况", "预算206.632万元", "执行172.743万元"],
      ],
    };
    const report = audit(spec, ALL);
    expect(report.layout).toBe("unrecognised");
    expect(report.findings).toEqual([]);
  });

  it("a header row with no data below it finds the block but reports nothing", () => {
    const report = audit({ rows: [LINE_ITEM_HEADER] }, ALL);
    expect(report.layout).toBe("line-items");
    expect(report.findings).toEqual([]);
    expect(audit({ rows: [INDICATOR_HEADER, ["总分"]] }, ALL).findings).toEqual([]);
  });

  it("a lone number or header word is not a table", () => {
    expect(audit({ rows: [["预算数"], [100]] }, ALL).layout).toBe("unrecognised");
    expect(audit({ rows: [[1465.45]] }, ALL).layout).toBe("unrecognised");
  });

  it("indicators without scores or weights are recognised but not scored", () => {
    const spec = { rows: [["三级指标", "年度指标值", "实际完成值"], ["甲", "≥1次", "0次"]] };
    expect(audit(spec, ALL).layout).toBe("indicators");
    expect(cells(audit(spec, ALL).findings)).toEqual(["C2 unmet-target.numeric"]);
    // A target column with nothing to judge it by is not enough.
    expect(audit({ rows: [["三级指标", "年度指标值"], ["甲", "≥1次"]] }, ALL).layout).toBe("unrecognised");
  });

  it("a clean indicator table next to nothing else is clean", () => {
    const rows = [INDICATOR_HEADER, ...CLEAN_INDICATORS.map((i) => [i.l1 ?? null, i.l2 ?? null, i.name, i.target, i.actual, i.weight, i.score, null])];
    expect(audit({ rows }, ALL).findings).toEqual([]);
  });
});
