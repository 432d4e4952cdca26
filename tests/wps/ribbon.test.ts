import { BACKUP_SHEET, encodeBackup } from "../../src/host";
import { clearFromRibbon, paneUrl, togglePane } from "../../src/wps/ribbon";
import { fakeEt, makeEtSheet, makeEtWorkbook } from "./fake-et";

type G = { Application?: unknown; OnAction?: unknown; OnAddinLoad?: unknown; GetImage?: unknown };

afterEach(() => delete (globalThis as G).Application);

function stubRoot() {
  const storage = new Map<string, string>();
  const panes: { ID: number; Visible: boolean; DockPosition: number; url: string }[] = [];
  return {
    panes,
    root: {
      CreateTaskPane: (url: string) => {
        const pane = { ID: panes.length + 7, Visible: false, DockPosition: 0, url };
        panes.push(pane);
        return pane;
      },
      GetTaskPane: (id: number) => panes.find((p) => p.ID === id) ?? null,
      PluginStorage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string | number | boolean) => void storage.set(k, String(v)) },
    },
  };
}

describe("the WPS ribbon", () => {
  it("registers the callbacks ribbon.xml names as globals", () => {
    const g = globalThis as G;
    expect([typeof g.OnAddinLoad, typeof g.OnAction, typeof g.GetImage]).toEqual(["function", "function", "function"]);
    expect((g.GetImage as (c: { Id: string }) => string)({ Id: "jixiaoAudit" })).toBe("assets/icon-64.png");
  });

  it("审核 opens the pane beside the entry page once, then shows and hides it", () => {
    const { root, panes } = stubRoot();
    const base = "file:///C:/Users/a/AppData/Roaming/kingsoft/wps/jsaddons/jixiao_0.1.0/index.html";
    togglePane(root, base);
    expect(panes).toHaveLength(1);
    expect(panes[0]).toMatchObject({ Visible: true, DockPosition: 2, url: paneUrl(base) });
    expect(paneUrl(base)).toBe("file:///C:/Users/a/AppData/Roaming/kingsoft/wps/jsaddons/jixiao_0.1.0/taskpane.html");
    togglePane(root, base);
    expect(panes).toHaveLength(1);
    expect(panes[0]?.Visible).toBe(false);
  });

  it("清除标注 restores the active workbook's marked cells and says so", async () => {
    const data = makeEtWorkbook([makeEtSheet("表", [["合计", 1]])]);
    (data.sheets[0]?.cells["1,2"] as { comment?: string }).comment = "[错误] …";
    data.sheets.push(makeEtSheet(BACKUP_SHEET, encodeBackup([{ sheet: "表", cell: "B1", fill: { color: "#FFFFFF", pattern: "None" }, note: null }]), { visible: 2 }));
    (globalThis as G).Application = fakeEt(data).Application;
    expect(await clearFromRibbon()).toMatch(/单元格已恢复原样|as they were/);
    expect(data.sheets.map((s) => s.name)).toEqual(["表"]);
    expect(data.sheets[0]?.cells["1,2"]?.comment).toBeUndefined();
    delete (globalThis as G).Application;
    expect(await clearFromRibbon()).toMatch(/清除标注未完成|failed/);
  });
});
