/**
 * The host the pane gets where no workbook can be audited: outside Excel, or in an Excel too old for
 * the adapter. Settings and accepted findings read as empty, so the panel shows no error bars; every
 * workbook action is refused (the panel disables them anyway).
 */
import { HostError, type AuditHost } from "../host";

export function unavailableHost(): AuditHost {
  const refuse = async (): Promise<never> => {
    throw new HostError("no-workbook");
  };
  return {
    readGrids: refuse,
    selectCell: refuse,
    highlight: refuse,
    clearHighlights: refuse,
    exportFindings: refuse,
    loadSettings: async () => ({}),
    saveSettings: refuse,
    loadAccepted: async () => [],
    saveAccepted: refuse,
  };
}
