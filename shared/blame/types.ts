/** The blame-language checker's public types (BLAMELESS.md §1). */

export const RULES = [
  'counterfactual',
  'failed-to',
  'hindsight',
  'judgement',
  'human-error',
  'folk-model',
  'fault',
  'non-compliance',
  'punishment',
  'single-cause',
  'who-question',
  'minimising',
  'person-owner',
  'person-fix',
  'vague-action',
  // a whole sentence the classifier (model/) reads as blame, when no phrase rule names it
  'blame-framing',
] as const;
export type Rule = (typeof RULES)[number];

/** Where the text comes from: action items are held to a stricter standard than prose. */
export type CheckContext = 'card' | 'factor' | 'action' | 'owner' | 'document';

export interface Finding {
  rule: Rule;
  /** `error` blocks an action item on the server; `hint` never blocks anything. */
  severity: 'hint' | 'error';
  /** Character offsets into the checked text: [start, end). */
  start: number;
  end: number;
  message: string;
  suggestion: string;
  /** For action items: which field the finding is in. */
  field?: 'title' | 'owner' | 'doneCriterion';
}
