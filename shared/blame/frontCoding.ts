/**
 * Front coding: a sorted list of entries as one string, each entry written as how many leading
 * characters it shares with the entry before (one digit, at most 9), the characters that differ,
 * and its value after a slash: "aback abacus abandon" → "0aback 4us/S 3ndon/DGS". A third
 * smaller than the plain list after gzip. The checker's word lists (english-words.json,
 * person-names.json) and the classifier's weights (model/weights.json) ship this way and are
 * read back in the browser; entries that hold spaces (word pairs) take another separator.
 * Entries must not hold "/" or the separator, nor values the separator.
 */
export function frontCoded(sorted: ReadonlyArray<readonly [string, string]>, separator = ' '): string {
  let previous = '';
  return sorted
    .map(([entry, value]) => {
      if (entry.includes('/') || entry.includes(separator) || value.includes(separator)) {
        throw new Error(`An entry front coding cannot hold: ${JSON.stringify([entry, value])}`);
      }
      let shared = 0;
      while (shared < 9 && shared < previous.length && previous[shared] === entry[shared]) shared++;
      previous = entry;
      return `${shared}${entry.slice(shared)}${value ? `/${value}` : ''}`;
    })
    .join(separator);
}

/** A front-coded list read back: entry → its value ('' when it has none). */
export function unpack(packed: string, separator = ' '): Map<string, string> {
  const entries = new Map<string, string>();
  let previous = '';
  for (const item of packed.split(separator)) {
    if (!item) continue; // an empty list, or a separator at the end
    const slash = item.indexOf('/');
    const coded = slash < 0 ? item : item.slice(0, slash);
    const value = slash < 0 ? '' : item.slice(slash + 1);
    if (!/^\d/.test(coded)) throw new Error(`Not a front-coded entry: ${JSON.stringify(item)}`);
    previous = previous.slice(0, Number(coded[0])) + coded.slice(1);
    entries.set(previous, value);
  }
  return entries;
}
