import { addDays, format, parseISO } from 'date-fns';
import { fromZonedTime } from 'date-fns-tz';

/**
 * Wall-clock times from a log, turned into instants. The time-zone rules (offsets, summer
 * time) are the Intl database's, through date-fns-tz: nothing here does time-zone arithmetic.
 */

/** A time of day as a log wrote it, before a date and a zone make it an instant. */
export interface WallTime {
  /** `YYYY-MM-DD` when the log said which day, else null (the retro's incident date applies). */
  date: string | null;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** `Z` or `±HH:MM` when the log said, else null (the retro's time zone applies). */
  offset: string | null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Seconds since midnight, to tell a log that went past midnight from one slightly out of order. */
export function secondsOfDay(time: WallTime): number {
  return time.hour * 3600 + time.minute * 60 + time.second;
}

/** The ISO 8601 UTC instant of `time` on `date` (when it names none) in `timeZone`. */
export function toInstant(time: WallTime, date: string, timeZone: string): string | null {
  const local = `${time.date ?? date}T${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}.${pad(time.millisecond, 3)}`;
  const instant = time.offset ? new Date(`${local}${time.offset}`) : fromZonedTime(local, timeZone);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

/** The calendar day after `date` (`YYYY-MM-DD`). */
export function nextDay(date: string): string {
  return format(addDays(parseISO(date), 1), 'yyyy-MM-dd');
}
