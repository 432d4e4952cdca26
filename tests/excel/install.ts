/**
 * Puts the fake Excel behind the `Excel` and `Office` globals, each an office-addin-mock
 * OfficeMockObject (as Microsoft's unit-testing guide does), with the requirement sets a test
 * chooses. Returns the fake, whose `stats.syncs` counts every context.sync().
 */
import { OfficeMockObject } from "office-addin-mock";
import { EXCEL_ENUMS, fakeExcel, type FakeExcel, type FakeLimits, type FakeWorkbookData } from "./fake-excel";

export interface InstallOptions {
  /** Highest ExcelApi version the "host" supports (default 1.18). */
  excelApi?: string;
  limits?: FakeLimits;
  /** Office.context.platform (default "OfficeOnline", the platform with the 5 MB payload limit). */
  platform?: string;
}

function versionAtMost(version: string, max: string): boolean {
  const a = version.split(".").map(Number);
  const b = max.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return true;
}

type Globals = { Excel?: unknown; Office?: unknown };

export function installExcel(data: FakeWorkbookData, options: InstallOptions = {}): FakeExcel {
  const fake = fakeExcel(data, options.limits ?? {});
  const max = options.excelApi ?? "1.18";
  const excel = new OfficeMockObject({ run: (batch: Parameters<FakeExcel["run"]>[0]) => fake.run(batch) });
  Object.assign(excel, EXCEL_ENUMS);
  const office = new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) => name === "ExcelApi" && versionAtMost(version ?? "1.1", max),
      },
    },
  });
  // A plain property: OfficeMockObject would want scalars loaded first, Office.context does not.
  Object.assign(office.context as object, { platform: options.platform ?? "OfficeOnline" });
  (globalThis as Globals).Excel = excel;
  (globalThis as Globals).Office = office;
  return fake;
}

export function uninstallExcel(): void {
  delete (globalThis as Globals).Excel;
  delete (globalThis as Globals).Office;
}
