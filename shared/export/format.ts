import { ACTION_KIND_LABELS, MARKER_LABELS, type ActionKind } from '../domain/values.ts';
export { PHASE_LABELS, PRIORITY_LABELS, STATUS_LABELS } from '../domain/values.ts';
import type { DerivedDuration, DurationName, Moment } from './types.ts';

/**
 * Wording and number formats of the export. Nothing here reads the clock or the locale:
 * times are formatted from their ISO strings in UTC, so the output depends only on the input.
 */

/** "Prevent" from "Prevent — make it less likely": the short form fits a table column. */
export function kindLabel(kind: ActionKind): string {
  return ACTION_KIND_LABELS[kind].split(' — ')[0];
}

export const MOMENT_LABELS: Record<Moment, string> = {
  ...MARKER_LABELS,
  'impact-window-start': 'Impact window start',
  'impact-window-end': 'Impact window end',
};

export const DURATION_LABELS: Record<DurationName, string> = {
  timeUndetected: 'Time undetected',
  timeToAcknowledge: 'Time to acknowledge',
  timeToMitigate: 'Time to mitigate',
  timeToResolve: 'Time to resolve',
  totalImpact: 'Total impact',
};

/** A derived duration as every surface words it: its length, or why there is none. Never negative. */
export function durationText(duration: DerivedDuration, times: Record<Moment, number | null>): string {
  if (duration.ms !== null) return humanDuration(duration.ms);
  if (duration.problem === 'out-of-order') return 'Not computed: the times are out of order';
  const missing = [duration.from, duration.to].filter((moment) => times[moment] === null);
  return `Unknown: no time recorded for ${missing.map((moment) => MOMENT_LABELS[moment]).join(' or ')}`;
}

/** ISO 8601 date-times only: `Date.parse` of anything else differs between engines. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch of an ISO 8601 time, or null for a missing or unreadable one. */
export function isoMillis(iso: string | null): number | null {
  if (iso === null || !ISO_TIME.test(iso)) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

/** `2026-11-20 14:02` (UTC), or null for a missing or unreadable time. */
export function formatUtc(iso: string | null): string | null {
  const ms = isoMillis(iso);
  if (ms === null) return null;
  const text = new Date(ms).toISOString();
  return `${text.slice(0, 10)} ${text.slice(11, 16)}`;
}

/** `2026-11-20` (UTC), or null. */
export function formatUtcDate(iso: string | null): string | null {
  return formatUtc(iso)?.slice(0, 10) ?? null;
}

/**
 * "1 h 12 min", "2 d 3 h", "0 min"; rounded to the minute, "under 1 min" for a few seconds.
 * The one duration format of Debrief (the export and every screen). Hand-written because
 * Intl.DurationFormat is missing from Node 20, which the server and CLI support, and date-fns'
 * formatDuration spells units out ("1 hour 12 minutes"), too wide for a table column.
 * A negative input (a gap between cards out of order) reads as its length.
 */
export function humanDuration(ms: number): string {
  ms = Math.abs(ms);
  const minutes = Math.round(ms / 60_000);
  if (minutes === 0) return ms > 0 ? 'under 1 min' : '0 min';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts: string[] = [];
  if (days) parts.push(`${days} d`);
  if (hours) parts.push(`${hours} h`);
  if (rest) parts.push(`${rest} min`);
  return parts.join(' ');
}

/** "1 vote", "3 votes". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** At most `max` characters (code points), cut at a word where possible, with "…". */
export function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${atWord.length >= max / 2 ? atWord : cut}…`;
}
