import { formatInTimeZone } from 'date-fns-tz';
import { isTimeZone } from '../../../../shared/import/index.ts';

export { browserTimeZone } from '../../../ui/timeZone.ts';

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
