import { useEffect, useState } from 'react';
import type { CheckContext, Finding } from '../../shared/blame/types.ts';

type Checker = typeof import('../../shared/blame/check.ts').check;

let checker: Promise<Checker> | null = null;

/**
 * The blame-language checker is loaded on first use (its word lists and NLP are not needed to
 * show the page), then shared by every field.
 */
export function loadChecker(): Promise<Checker> {
  checker ??= import('../../shared/blame/check.ts').then((module) => module.check);
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
          // A missing checker must never get in the way of writing.
        });
    }, delayMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [text, context, delayMs]);
  return findings;
}
