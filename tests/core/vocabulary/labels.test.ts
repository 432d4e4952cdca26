import type { AmountBlock } from "../../../src/core/layouts/blocks";
import { detectBlocks } from "../../../src/core/layouts/detect";
import {
  breakdownComplete,
  breakdownFamily,
  isBreakdownStart,
  isEmptyExplanation,
  isExplanationRowLabel,
  isGoalsLabel,
  isOverallTotalLabel,
  isSubtotalLabel,
  isTotalLabel,
  labelKey,
} from "../../../src/core/vocabulary";
import { grid } from "../../helpers/grid";

describe("row labels", () => {
  it("gives each label its own key, whichever was asked about before", () => {
    expect(labelKey("Grand Total")).toBe("grandtotal");
    expect(labelKey("其中：当年财政 拨款")).toBe("其中:当年财政拨款");
    expect(labelKey("Grand Total")).toBe("grandtotal");
    expect(labelKey("ＴＯＴＡＬ")).toBe("total");
    expect(labelKey("Ärger")).toBe("ärger");
  });

  it.each([
    ["合计", true],
    ["年度资金总额", true],
    ["TOTAL", true],
    ["Grand total", true],
    ["项目1", false],
    ["", false],
  ])("reads %s as a total: %s", (text, total) => expect(isTotalLabel(text)).toBe(total));

  it("reads subtotals, overall totals, goals, breakdown starts and explanation rows from words with spaces", () => {
    expect(isSubtotalLabel("Sub total")).toBe(true);
    expect(isSubtotalLabel("（一）小 计")).toBe(true);
    expect(isOverallTotalLabel("Total Score")).toBe(true);
    expect(isOverallTotalLabel("合计")).toBe(false);
    expect(isGoalsLabel("Overall goal")).toBe(true);
    expect(isGoalsLabel("年度总体目标")).toBe(true);
    expect(isGoalsLabel("目标")).toBe(false);
    expect(isBreakdownStart("Of which: government")).toBe(true);
    expect(isBreakdownStart("其中：当年财政拨款")).toBe(true);
    expect(isExplanationRowLabel("Reasons for deviation")).toBe(true);
    expect(isExplanationRowLabel("项目名称")).toBe(false);
  });

  it("tells the breakdown a row belongs to, and when a breakdown is whole", () => {
    expect(breakdownFamily("其中：当年财政 拨款")).toBe("source");
    expect(breakdownFamily("基本 支出")).toBe("kind");
    expect(breakdownFamily("Project expenditure")).toBe("kind");
    expect(breakdownFamily("设备购置")).toBeNull();
    expect(breakdownComplete("kind", ["基本支出", "项目 支出"])).toBe(true);
    expect(breakdownComplete("kind", ["基本支出"])).toBe(false);
    expect(breakdownComplete("source", ["财政拨款", "其他 资金"])).toBe(true);
  });

  it.each([
    ["无", true],
    ["  暂 无  ", true],
    ["无。", true],
    ["None", true],
    ["nothing.", true],
    ["　—　", true],
    ["受疫情影响，部分采购延期。", false],
    ["no reason given", false],
    ["无法按期完成", false],
  ])("reads the explanation %j as empty: %s", (text, empty) => expect(isEmptyExplanation(text)).toBe(empty));
});

describe("breakdowns in detection", () => {
  const table = (first: string): AmountBlock =>
    detectBlocks(
      grid({
        rows: [
          ["项目", "预算数", "执行数", first],
          ["年度资金总额", 100, 90, 10],
          ["其中：当年财政拨款", 80, 72, null],
          ["上年结转", 20, 18, null],
        ],
      }),
    ).blocks[0] as AmountBlock;

  it("marks each item of a funds block with its breakdown", () => {
    const b = table("分值");
    expect(b.kind).toBe("funds");
    expect(b.rows.map((r) => r.breakdown)).toEqual([null, "source", "source"]);
  });

  it("marks them too when only its 资金总额 row makes it a funds block", () => {
    const b = table("备注");
    expect(b.kind).toBe("funds");
    expect(b.rows.map((r) => r.breakdown)).toEqual([null, "source", "source"]);
  });

  it("leaves the items of a line-item table unmarked", () => {
    const plain = detectBlocks(
      grid({
        rows: [
          ["项目", "预算数", "执行数"],
          ["财政拨款项目", 100, 90],
        ],
      }),
    ).blocks[0] as AmountBlock;
    expect(plain.kind).toBe("line-items");
    expect(plain.rows.map((r) => r.breakdown)).toEqual([null]);
  });
});
