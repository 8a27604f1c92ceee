import { formatInTimeZone } from 'date-fns-tz';
import { isTimeZone } from '../../../../shared/import/index.ts';

/** The time zone of this browser: where the person importing most likely read the log. */
export function browserTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isTimeZone(zone) ? zone : 'UTC';
}

/** The incident's date in `timeZone`: the day impact started, or today when that is not set. */
export function incidentDate(impactStart: string | null, timeZone: string, now = new Date()): string {
  const zone = isTimeZone(timeZone) ? timeZone : 'UTC';
  return formatInTimeZone(impactStart ? new Date(impactStart) : now, zone, 'yyyy-MM-dd');
}

/** Every IANA zone this browser knows, for the picker (just the given one where unsupported). */
export function knownTimeZones(fallback: string): string[] {
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
  return supported ? supported('timeZone') : [fallback];
}
