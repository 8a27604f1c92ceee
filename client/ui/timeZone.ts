/** The time zone of this browser: where the person at the keyboard most likely reads clocks. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
