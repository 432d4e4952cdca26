/**
 * Where the ET Application comes from: the one place that reads WPS's globals. WPS 加载项 pages get
 * `window.Application` (et-jsapi-declare index.d.ts: "推荐使用此方式"); older builds only offer
 * `wps.EtApplication()`. Tests and the browser test inject a fake as `window.Application`.
 */
import { HostError } from "../host";
import type { EtApplication, EtWorkbook } from "./et";

interface WpsGlobals {
  Application?: EtApplication;
  wps?: { EtApplication?: (() => EtApplication) | EtApplication };
}

/** The ET Application of this page; HostError("no-workbook") outside WPS. */
export function etApplication(): EtApplication {
  const g = globalThis as WpsGlobals;
  if (g.Application && typeof g.Application === "object") return g.Application;
  const legacy = g.wps?.EtApplication;
  if (typeof legacy === "function") return legacy();
  if (legacy && typeof legacy === "object") return legacy;
  throw new HostError("no-workbook");
}

/** The active workbook; HostError("no-workbook") when WPS has none open (the start page). */
export function activeWorkbook(app: EtApplication): EtWorkbook {
  const wb = app.ActiveWorkbook;
  if (!wb) throw new HostError("no-workbook");
  return wb;
}
