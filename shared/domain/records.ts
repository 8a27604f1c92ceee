/** Immutable updates of the id-keyed records that RetroState is made of. */

export function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _removed, ...rest } = record;
  return rest;
}

/** `fn` over every value; the same record back when nothing changed, so views can skip it. */
export function mapValues<T>(record: Record<string, T>, fn: (value: T) => T): Record<string, T> {
  let changed = false;
  const next: Record<string, T> = {};
  for (const [key, value] of Object.entries(record)) {
    next[key] = fn(value);
    if (next[key] !== value) changed = true;
  }
  return changed ? next : record;
}

export function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/**
 * Only the fields that are set: an absent (or undefined) field leaves the value alone, in a
 * command's changes as in the server's options.
 */
export function definedOnly<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}
