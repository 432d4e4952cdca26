/**
 * The sheet the user is on, for 识别结果 to follow: its name now, and again each time the user switches
 * sheets. The onActivated handler outlives the Excel.run that adds it (Office.js keeps it until removed);
 * each switch looks the sheet's name up by its id in a run of its own.
 */
export async function watchActiveSheetIn(context: Excel.RequestContext, onChange: (sheet: string) => void): Promise<void> {
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load("name");
  context.workbook.worksheets.onActivated.add(async (event) => {
    try {
      onChange(await sheetName(event.worksheetId));
    } catch {
      // The sheet went away meanwhile: 识别结果 stays where it was, the next switch tries again.
    }
  });
  await context.sync();
  onChange(active.name);
}

async function sheetName(worksheetId: string): Promise<string> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(worksheetId);
    sheet.load("name");
    await context.sync();
    return sheet.name;
  });
}
