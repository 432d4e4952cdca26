import { cellText, isNumeric, textWidth } from "../../src/web/cell-text";

describe("cellText: a cell as the preview shows it", () => {
  it("shows numbers in their number format", () => {
    expect(cellText(0.7554, "0.00%")).toBe("75.54%");
    expect(cellText(1, "0%")).toBe("100%");
    expect(cellText(1465.45, "0.00")).toBe("1465.45");
    expect(cellText(1940, "0.00")).toBe("1940.00");
    expect(cellText(1234567.891, "#,##0.00")).toBe("1,234,567.89");
    expect(cellText(-1234.5, "#,##0.0;[Red]-#,##0.0")).toBe("-1,234.5");
    expect(cellText(5, '0"分"')).toBe("5分");
    expect(cellText(172.743, '0.000"万元"')).toBe("172.743万元");
    expect(cellText(12, '"¥"#,##0.00')).toBe("¥12.00");
    expect(cellText(3, "0\\座")).toBe("3座");
  });

  it("shows General numbers without float noise", () => {
    expect(cellText(0.1 + 0.2, "General")).toBe("0.3");
    expect(cellText(172.743, "General")).toBe("172.743");
    expect(cellText(20, "General")).toBe("20");
    expect(cellText(7.554, "@")).toBe("7.554");
  });

  it("shows text, booleans, dates, errors and empty cells", () => {
    expect(cellText("未完成", "General")).toBe("未完成");
    expect(cellText(true, "General")).toBe("TRUE");
    expect(cellText(new Date(Date.UTC(2019, 11, 31)), "yyyy-mm-dd")).toBe("2019-12-31");
    expect(cellText({ error: "#DIV/0!" }, "General")).toBe("#DIV/0!");
    expect(cellText(null, "0.00")).toBe("");
  });

  it("right-aligns numbers and dates only", () => {
    expect(isNumeric(1)).toBe(true);
    expect(isNumeric(new Date())).toBe(true);
    expect(isNumeric("1")).toBe(false);
  });

  it("counts CJK and full-width characters double for column widths", () => {
    expect(textWidth("abc")).toBe(3);
    expect(textWidth("合计")).toBe(4);
    expect(textWidth("（１）")).toBe(6);
  });
});
