/**
 * The post-mortem exporter: pure, with no I/O and no Node-only imports, so the server, the CLI
 * and the browser all produce the same bytes from the same retro.
 *
 *   const pm = postMortemFrom(state, participants);   // what an uninvolved facilitator sees, counts only
 *   toMarkdown(pm); toJSON(pm); toActionsCsv(pm); exportFileName(pm, 'md');
 *
 * Choices worth knowing (see markdown.ts for the layout):
 * - Each factor appears once: "Contributing factors" holds those from "What made this hard?"
 *   (or no prompt); "Where we were surprised" / "Where we got lucky" hold the other prompts.
 *   Each list is ranked by votes, ties in creation order; creation order before votes are revealed.
 * - Not-doing action items stay out of the action items table and are listed, with their
 *   reasons, under "Considered but not doing" (the main table says so when there are some).
 * - Debrief has no data for open questions: that section is kept, with one line asking the team
 *   to add any before publishing, so the skeleton never changes.
 * - Bare URLs typed in card text are shown as text (GitHub will not link them); the only links
 *   the export writes are autolinks to evidence and tracker URLs.
 */
export { postMortemFrom } from './postMortem.ts';
export { toMarkdown, SECTION_HEADINGS } from './markdown.ts';
export { toJSON } from './json.ts';
export { toActionsCsv, ACTION_CSV_COLUMNS } from './csv.ts';
export { actionAsIssue } from './issue.ts';
export { exportFileName } from './fileName.ts';
export { POSTMORTEM_FORMAT } from './types.ts';
export type {
  DerivedDuration,
  DurationName,
  KeyMoment,
  Moment,
  OrderWarning,
  Participation,
  PostMortem,
  PostMortemAction,
  PostMortemEvent,
  PostMortemFactor,
  PostMortemRetro,
} from './types.ts';
