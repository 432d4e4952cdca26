/** State of the accepted-findings panel: findings someone chose to ignore, kept with the workbook. */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { findingKey, legacyFindingKey } from "../../core/audit";
import type { Finding } from "../../core/types";
import type { AcceptedFinding, AuditHost, HostError } from "../../host";
import { toHostError } from "../../host";

export interface AcceptedState {
  /** Newest first. */
  accepted: AcceptedFinding[];
  /** findingKey() of every accepted finding. */
  keys: ReadonlySet<string>;
  /** False until the workbook's list has been read; accepting before then would overwrite it. */
  ready: boolean;
  saving: boolean;
  error: HostError | null;
  /** Accepts a finding with an optional reason and saves the list to the workbook. */
  accept(finding: Finding, reason?: string): Promise<void>;
  /** Puts an accepted finding back and saves the list. */
  restore(key: string): Promise<void>;
  dismissError(): void;
}

function newestFirst(list: AcceptedFinding[]): AcceptedFinding[] {
  return [...list].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

export function useAccepted(host: AuditHost): AcceptedState {
  const [accepted, setAccepted] = useState<AcceptedFinding[]>([]);
  const [ready, setReady] = useState(false);
  const [saving, setSaving] = useState(0);
  const [error, setError] = useState<HostError | null>(null);
  // The list as last written, so quick successive accepts build on each other rather than on a stale render.
  const current = useRef<AcceptedFinding[]>([]);

  useEffect(() => {
    let live = true;
    host.loadAccepted().then(
      (list) => {
        if (!live) return;
        current.current = newestFirst(list);
        setAccepted(current.current);
        setReady(true);
      },
      (e: unknown) => {
        if (live) setError(toHostError(e, "read-failed"));
      },
    );
    return () => {
      live = false;
    };
  }, [host]);

  const commit = useCallback(
    async (next: AcceptedFinding[]) => {
      const before = current.current;
      current.current = next;
      setAccepted(next);
      setSaving((n) => n + 1);
      setError(null);
      try {
        await host.saveAccepted(next);
      } catch (e) {
        // Not saved: show the list as the workbook still has it.
        if (current.current === next) {
          current.current = before;
          setAccepted(before);
        }
        setError(toHostError(e, "write-failed"));
      } finally {
        setSaving((n) => n - 1);
      }
    },
    [host],
  );

  const accept = useCallback(
    async (finding: Finding, reason = "") => {
      if (!ready) return;
      const key = findingKey(finding);
      const legacy = legacyFindingKey(finding);
      // Stored as data, so whoever opens the workbook next reads it in their own language.
      const entry: AcceptedFinding = { key, rule: finding.rule, sheet: finding.sheet, cell: finding.cell, finding, reason: reason.trim(), at: new Date().toISOString() };
      await commit([entry, ...current.current.filter((a) => a.key !== key && a.key !== legacy)]);
    },
    [ready, commit],
  );

  const restore = useCallback(
    async (key: string) => {
      if (!ready || !current.current.some((a) => a.key === key)) return;
      await commit(current.current.filter((a) => a.key !== key));
    },
    [ready, commit],
  );

  const dismissError = useCallback(() => setError(null), []);
  const keys = useMemo(() => new Set(accepted.map((a) => a.key)), [accepted]);

  return useMemo(
    () => ({ accepted, keys, ready, saving: saving > 0, error, accept, restore, dismissError }),
    [accepted, keys, ready, saving, error, accept, restore, dismissError],
  );
}
