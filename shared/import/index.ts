import { LIMITS, type Marker } from '../domain/values.ts';
import { parseLines } from './lines.ts';
import { suggestMarker } from './markers.ts';
import { parseSlackExport } from './slack.ts';
import type { ImportOptions, LogEntry, ParsedLog, RawEntry } from './types.ts';

export type { ImportOptions, LogEntry, LogFormat, ParsedLog } from './types.ts';
export { isTimeZone } from './timeZone.ts';

/**
 * Turns a pasted log or a dropped file into the timeline cards an import would add. Pure and
 * browser-safe, so the web app previews exactly what it then sends as `timeline.import`.
 */
export function parseLog(input: string, options: ImportOptions): ParsedLog {
  const slack = parseSlackExport(input);
  if (slack) return { format: 'slack', entries: finish(slack) };
  const { entries, chat } = parseLines(input, options);
  return { format: chat ? 'chat' : 'plain', entries: finish(entries) };
}

const ELLIPSIS = '…';

/** Clips to the card limit and suggests each key moment once, at its first line. */
function finish(entries: RawEntry[]): LogEntry[] {
  const suggested = new Set<Marker>();
  return entries.map((entry) => {
    const clipped = entry.text.length > LIMITS.cardText;
    const text = clipped ? entry.text.slice(0, LIMITS.cardText - ELLIPSIS.length) + ELLIPSIS : entry.text;
    let marker = suggestMarker(text);
    if (marker && suggested.has(marker)) marker = null;
    if (marker) suggested.add(marker);
    return { at: entry.at, text, marker, clipped };
  });
}
