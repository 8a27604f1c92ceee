import { useEffect, useState } from 'react';
import type { CheckContext, Finding } from '../../shared/blame/types.ts';
import { importChecker } from './importChecker.ts';

type Checker = typeof import('../../shared/blame/check.ts').check;

let checker: Promise<Checker> | null = null;

/**
 * The blame-language checker is loaded on first use (its word lists and NLP are not needed to
 * show the page), then shared by every field. A failed load is forgotten, not cached: the chunk
 * may be back on the next try (a dropped connection, a redeploy), and a cached failure would
 * silently turn every later check into an all-clear until the page is reloaded.
 */
export function loadChecker(): Promise<Checker> {
  checker ??= importChecker().then(
    (module) => module.check,
    (error: unknown) => {
      checker = null;
      throw error;
    },
  );
  return checker;
}

const NONE: Finding[] = [];

/**
 * Findings for text being typed, checked after the typing pauses for `delayMs`. Hints are
 * advice only: nothing here blocks a submit.
 */
export function useBlameHints(text: string, context: Exclude<CheckContext, 'document'>, delayMs = 450): Finding[] {
  const [findings, setFindings] = useState<Finding[]>(NONE);
  useEffect(() => {
    if (!text.trim()) {
      setFindings(NONE);
      return;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      loadChecker()
        .then((check) => {
          if (!cancelled) setFindings(check(text, { context }));
        })
        .catch(() => {
          // A missing checker must never get in the way of writing; the next pause tries again.
        });
    }, delayMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [text, context, delayMs]);
  return findings;
}
