/**
 * A workbook with the things a re-serialising writer loses — a chart, an image, a pivot cache,
 * data validation, a conditional format, a defined name — written from hand-made parts.
 */
import { zipSync, strToU8 } from "fflate";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PR = "http://schemas.openxmlformats.org/package/2006/relationships";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";

/** A 1×1 red PNG. */
const PNG = Uint8Array.from(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==", "base64"),
);

export const RICH_SHEET = "项目支出明细";

export function richWorkbook(): Uint8Array {
  const rows = [
    ["序号", "项目名称", "全年预算数", "执行数", "执行率"],
    [1, "安全培训", 100, 95, 0.95],
    [2, "设备购置", 200, 80, 0.4],
    [3, "隐患排查", 50, 50, 1],
  ];
  const strings: string[] = [];
  const sst = (s: string): number => {
    const i = strings.indexOf(s);
    if (i >= 0) return i;
    strings.push(s);
    return strings.length - 1;
  };
  const sheetData = rows
    .map((r, i) => `<row r="${i + 1}" spans="1:5">${r.map((v, j) => {
      const ref = `${"ABCDE"[j]}${i + 1}`;
      if (typeof v === "string") return `<c r="${ref}" t="s"><v>${sst(v)}</v></c>`;
      return `<c r="${ref}"${j === 4 ? ' s="1"' : ""}><v>${v}</v></c>`;
    }).join("")}</row>`)
    .join("");
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
        `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` +
        `<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>` +
        `<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>` +
        `<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"/>` +
        `<Override PartName="/xl/pivotCache/pivotCacheRecords1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml"/>` +
        `</Types>`,
    ),
    "_rels/.rels": strToU8(`${DECL}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    "xl/workbook.xml": strToU8(
      `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${R}"><bookViews><workbookView/></bookViews><sheets><sheet name="${RICH_SHEET}" sheetId="1" r:id="rId1"/></sheets>` +
        `<definedNames><definedName name="预算区">'${RICH_SHEET}'!$C$2:$C$4</definedName></definedNames>` +
        `<pivotCaches><pivotCache cacheId="1" r:id="rId4"/></pivotCaches></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `${DECL}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/styles" Target="styles.xml"/>` +
        `<Relationship Id="rId3" Type="${R}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId4" Type="${R}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/></Relationships>`,
    ),
    "xl/styles.xml": strToU8(
      `${DECL}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
        `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
        `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
        `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font></dxf></dxfs></styleSheet>`,
    ),
    "xl/worksheets/sheet1.xml": strToU8(
      `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A1:E4"/><sheetData>${sheetData}</sheetData>` +
        `<conditionalFormatting sqref="E2:E4"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>0.6</formula></cfRule></conditionalFormatting>` +
        `<dataValidations count="1"><dataValidation type="decimal" allowBlank="1" showErrorMessage="1" sqref="C2:D4"><formula1>0</formula1><formula2>100000</formula2></dataValidation></dataValidations>` +
        `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></worksheet>`,
    ),
    "xl/worksheets/_rels/sheet1.xml.rels": strToU8(`${DECL}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/drawing" Target="../drawings/drawing1.xml"/></Relationships>`),
    "xl/sharedStrings.xml": strToU8(`${DECL}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${s}</t></si>`).join("")}</sst>`),
    "xl/drawings/drawing1.xml": strToU8(
      `${DECL}<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}" xmlns:r="${R}" xmlns:c="${C}">` +
        `<xdr:twoCellAnchor><xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${C}"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>` +
        `<xdr:oneCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>6</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="952500" cy="952500"/>` +
        `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="图片 1"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
        `<xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>`,
    ),
    "xl/drawings/_rels/drawing1.xml.rels": strToU8(
      `${DECL}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/chart" Target="../charts/chart1.xml"/><Relationship Id="rId2" Type="${R}/image" Target="../media/image1.png"/></Relationships>`,
    ),
    "xl/media/image1.png": PNG,
    "xl/charts/chart1.xml": strToU8(
      `${DECL}<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
        `<c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>'${RICH_SHEET}'!$B$2:$B$4</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'${RICH_SHEET}'!$D$2:$D$4</c:f></c:numRef></c:val></c:ser>` +
        `<c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>` +
        `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`,
    ),
    "xl/pivotCache/pivotCacheDefinition1.xml": strToU8(
      `${DECL}<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}" r:id="rId1" refreshOnLoad="1" recordCount="3"><cacheSource type="worksheet"><worksheetSource ref="A1:D4" sheet="${RICH_SHEET}"/></cacheSource>` +
        `<cacheFields count="2"><cacheField name="项目名称" numFmtId="0"><sharedItems count="3"><s v="安全培训"/><s v="设备购置"/><s v="隐患排查"/></sharedItems></cacheField>` +
        `<cacheField name="执行数" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="50" maxValue="95"/></cacheField></cacheFields></pivotCacheDefinition>`,
    ),
    "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels": strToU8(`${DECL}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/pivotCacheRecords" Target="pivotCacheRecords1.xml"/></Relationships>`),
    "xl/pivotCache/pivotCacheRecords1.xml": strToU8(`${DECL}<pivotCacheRecords xmlns="${MAIN}" count="3"><r><x v="0"/><n v="95"/></r><r><x v="1"/><n v="80"/></r><r><x v="2"/><n v="50"/></r></pivotCacheRecords>`),
  };
  return zipSync(files, { level: 6 });
}
