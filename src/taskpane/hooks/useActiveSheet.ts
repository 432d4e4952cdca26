import { useEffect, useState } from "react";
import type { AuditHost } from "../../host";

/** The sheet the user is on, where the host can tell (Excel); undefined elsewhere. */
export function useActiveSheet(host: AuditHost, enabled: boolean): string | undefined {
  const [sheet, setSheet] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!enabled || !host.watchActiveSheet) return undefined;
    return host.watchActiveSheet(setSheet);
  }, [host, enabled]);
  return sheet;
}
