/** Whether `timeZone` is an IANA name this runtime knows (what `Intl` accepts). No library: the schemas use it. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
