import { a1At, externalRefs, r1c1Shape, tokenize } from "../../../src/core/formula/tokens";

const shape = (f: string, row: number, col: number): string => r1c1Shape(tokenize(f), row, col);

describe("tokenize", () => {
  it("reads cells, ranges, absolute parts, numbers, functions and operators", () => {
    const t = tokenize("=SUM($D$4:D42)+E5*0.9-ROUND(1.5E3,2)");
    expect(t.map((x) => x.kind)).toEqual(["func", "ref", "op", "op", "ref", "op", "number", "op", "func", "number", "op", "number", "op"]);
    const r = t[1] as Extract<(typeof t)[number], { kind: "ref" }>;
    expect(r.from).toEqual({ row: 4, col: 4, rowAbs: true, colAbs: true });
    expect(r.to).toEqual({ row: 42, col: 4, rowAbs: false, colAbs: false });
    expect((t[9] as { value: number }).value).toBe(1500);
  });

  it("tells names and functions from references (LOG10, Sheet1A1, TRUE)", () => {
    expect(tokenize("=LOG10(A1)").map((x) => x.kind)).toEqual(["func", "ref", "op"]);
    expect(tokenize("=Budget2019+TRUE").map((x) => x.kind)).toEqual(["name", "op", "name"]);
    expect(tokenize("=_xlfn.STDEV.S(A1:A3)")[0]).toMatchObject({ kind: "func", name: "STDEV.S" });
  });

  it("reads sheet prefixes, quoted names and other workbooks", () => {
    const [a] = tokenize("=明细!C5");
    expect(a).toMatchObject({ kind: "ref", sheet: "明细", book: null });
    const [b] = tokenize("='My ''s'!C5:C9");
    expect(b).toMatchObject({ kind: "ref", sheet: "My 's", book: null });
    const [c] = tokenize("=[1]Sheet1!C5");
    expect(c).toMatchObject({ kind: "ref", sheet: "Sheet1", book: "[1]" });
    const [d] = tokenize("='D:\\2018\\[上年自评.xlsx]明细'!D5");
    expect(d).toMatchObject({ kind: "ref", sheet: "明细", book: "D:\\2018\\[上年自评.xlsx]" });
    expect(externalRefs("=C5/D5")).toEqual([]);
    expect(externalRefs("=[2]明细!D5+D6")).toHaveLength(1);
  });

  it("reads whole columns and rows, strings and errors", () => {
    const t = tokenize('=SUM(D:D)+SUM(4:4)&"a""b"&#REF!');
    expect(t[1]).toMatchObject({ kind: "ref", from: { row: 0, col: 4 }, to: { row: 0, col: 4 } });
    expect(t[5]).toMatchObject({ kind: "ref", from: { row: 4, col: 0 } });
    expect(t.find((x) => x.kind === "string")).toMatchObject({ value: 'a"b' });
    expect(t.find((x) => x.kind === "error")).toMatchObject({ text: "#REF!" });
  });

  it("never throws on text it cannot read", () => {
    for (const f of ["=", "=(((", "='unterminated", "=[1", "=\"open", "=@#$%", "=A1:", "={1,2;3,4}"]) expect(() => tokenize(f)).not.toThrow();
  });
});

describe("r1c1Shape", () => {
  it("gives every row of a copied formula the same shape, and a changed column a different one", () => {
    expect(shape("=E5/D5", 5, 6)).toBe("RC[-1]/RC[-2]");
    expect(shape("=e9/d9", 9, 6)).toBe("RC[-1]/RC[-2]");
    expect(shape("=E9/C9", 9, 6)).toBe("RC[-1]/RC[-3]");
    expect(shape("=SUM(D4:D42)", 43, 4)).toBe("SUM(R[-39]C:R[-1]C)");
    expect(shape("=$C$2*D5", 5, 5)).toBe("R2C3*RC[-1]");
  });

  it("writes a shape back as A1 text at another cell", () => {
    expect(a1At(tokenize("=E5/D5"), 5, 6, 9, 6)).toBe("=E9/D9");
    expect(a1At(tokenize("=ROUND(E5/$D$2,4)"), 5, 6, 7, 6)).toBe("=ROUND(E7/$D$2,4)");
  });
});
