import { useEffect, useState } from 'react';
import type { Finding } from '../../../../shared/blame/types.ts';
import type { LogEntry } from '../../../../shared/import/index.ts';
import { loadChecker } from '../../../blame/useBlameHints.ts';

const NONE: Finding[][] = [];

/** Blame-language findings for each imported line, so the preview can flag wording before it lands. */
export function useImportHints(entries: readonly LogEntry[]): Finding[][] {
  const [findings, setFindings] = useState<Finding[][]>([]);
  useEffect(() => {
    let cancelled = false;
    setFindings(NONE);
    if (entries.length === 0) return;
    loadChecker()
      .then((check) => {
        if (!cancelled) setFindings(entries.map((entry) => check(entry.text, { context: 'card' })));
      })
      .catch(() => {
        // Hints are advice: without the checker the import still works.
      });
    return () => {
      cancelled = true;
    };
  }, [entries]);
  return findings;
}
