import type { WallTime } from './clock.ts';

/**
 * Recognises the time stamps logs start their lines with: `14:02`, `14:02:11`, `2:02 PM`,
 * `2025-03-04 14:02:11`, ISO 8601 with or without an offset, any of them in `[brackets]`.
 */

const DATE = String.raw`(\d{4})-(\d{2})-(\d{2})`;
const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:\s*([AaPp])\.?[Mm]\.?(?![\w]))?`;
const OFFSET = String.raw`(?:\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)(?![\w]))?`;
const STAMP = String.raw`(?:${DATE}(?:[T ]|\s+))?${TIME}${OFFSET}`;

/** A stamp at the start of a line, then the usual separators (`-`, `|`, `:`, `>`). */
const LEADING = new RegExp(String.raw`^\s*(\[)?${STAMP}(\])?(?![\d:])\s*(?:[-–—|:>]+\s*)?`);
/** A stamp that ends a line (a chat speaker line: "Alex Doe  2:02 PM"). */
const TRAILING = new RegExp(String.raw`(?:^|\s|[-–—|,(])\s*(\[)?${STAMP}(\])?\)?\s*$`);

function wallTime(match: RegExpExecArray, first: number): WallTime | null {
  const [year, month, day, h, m, s, fraction, meridiem, offset] = match.slice(first, first + 9);
  let hour = Number(h);
  const minute = Number(m);
  const second = s ? Number(s) : 0;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (/p/i.test(meridiem) ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  if (year && (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31)) return null;
  return {
    date: year ? `${year}-${month}-${day}` : null,
    hour,
    minute,
    second,
    millisecond: fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0,
    offset: normaliseOffset(offset),
  };
}

function normaliseOffset(offset: string | undefined): string | null {
  if (!offset) return null;
  if (/^(Z|UTC|GMT)$/i.test(offset)) return 'Z';
  return offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
}

/** The stamp a line starts with and the text after it, or null when it starts with none. */
export function leadingStamp(line: string): { time: WallTime; rest: string } | null {
  const match = LEADING.exec(line);
  if (!match) return null;
  const [, open] = match;
  const close = match[11];
  if (Boolean(open) !== Boolean(close)) return null;
  const time = wallTime(match, 2);
  return time ? { time, rest: line.slice(match[0].length) } : null;
}

/** The stamp a line ends with and the text before it, or null when it ends with none. */
export function trailingStamp(line: string): { time: WallTime; before: string } | null {
  const match = TRAILING.exec(line);
  if (!match) return null;
  if (Boolean(match[1]) !== Boolean(match[11])) return null;
  const time = wallTime(match, 2);
  return time ? { time, before: line.slice(0, match.index).trim() } : null;
}
