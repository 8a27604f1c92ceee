/**
 * Times are stored as ISO 8601 UTC and shown in the viewer's own time zone. `<input
 * type="datetime-local">` speaks local wall-clock time without a zone, so we convert at the edge.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO UTC → the value a datetime-local input wants (local time, minutes). */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value (local time) → ISO UTC, or null when empty or unreadable. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const date = new Date(value); // no zone in the string: the browser reads it as local time
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

export function formatTime(iso: string): string {
  return timeFormat.format(new Date(iso));
}

export function formatDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}

/** Durations read the same on every screen and in the post-mortem: one formatter, in shared/. */
export { humanDuration as formatDuration } from '../../shared/export/format.ts';

/** A countdown as m:ss (or h:mm:ss). */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return hours ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`;
}

/** Today plus `days`, as the YYYY-MM-DD a date input and the contract use (local calendar). */
export function dateInDays(days: number, now = new Date()): string {
  const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
