import { anonymise } from './anonymise.ts';
import { nextDay, secondsOfDay, toInstant, type WallTime } from './clock.ts';
import { leadingStamp, trailingStamp } from './timeStamp.ts';
import type { ImportOptions, RawEntry } from './types.ts';

/** Going back more than this from one line to the next means the log went past midnight. */
const ROLL_OVER_SECONDS = 12 * 3600;

/** Words that make a line ending in a time a sentence ("deploy went out at 14:02"), not a name. */
const NOT_A_NAME = new Set(
  'at by to on in the a an was is were are and or of from until till since around about for after before when then we it this that'.split(' '),
);

/**
 * A chat speaker line: a name and a time standing alone before a message, as chat apps copy:
 * "Alex Doe  2:02 PM". Dropped on import, so the name never reaches a card.
 */
function speakerTime(line: string, next: string | undefined): WallTime | null {
  const stamp = trailingStamp(line);
  if (!stamp) return null;
  const name = stamp.before.replace(/[\s\-–—,|:]+$/, '');
  if (name === '' || name.length > 60 || /[.!?;]$/.test(name)) return null;
  const words = name.split(/\s+/);
  if (words.length > 5 || words.some((word) => NOT_A_NAME.has(word.toLowerCase()))) return null;
  // A name line is followed by what that person said, not by another stamped line.
  if (next === undefined || leadingStamp(next)) return null;
  return stamp.time;
}

interface Draft {
  at: string | null;
  lines: string[];
}

/**
 * Plain logs (a time at the start of each line) and chat copy-paste (a speaker line with a
 * time before each message). Lines without a time belong to the card before them.
 */
export function parseLines(input: string, options: ImportOptions): { entries: RawEntry[]; chat: boolean } {
  const lines = input.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
  const drafts: Draft[] = [];
  let date = options.date;
  let lastSeconds: number | null = null;
  let pending: WallTime | null = null;
  let chat = false;

  const instant = (time: WallTime): string | null => {
    const seconds = secondsOfDay(time);
    if (time.date) date = time.date;
    else if (lastSeconds !== null && seconds < lastSeconds - ROLL_OVER_SECONDS) date = nextDay(date);
    lastSeconds = seconds;
    return toInstant(time, date, options.timeZone);
  };
  const start = (time: WallTime | null, text: string) => drafts.push({ at: time ? instant(time) : null, lines: [text] });

  lines.forEach((line, index) => {
    const lead = leadingStamp(line);
    if (lead && lead.rest.trim() === '') {
      // A time on its own line: the message follows on the next one.
      pending = lead.time;
      return;
    }
    if (lead) {
      pending = null;
      return start(lead.time, lead.rest);
    }
    const speaker = speakerTime(line, lines[index + 1]);
    if (speaker) {
      chat = true;
      pending = speaker;
      return;
    }
    if (pending) {
      const time: WallTime = pending;
      pending = null;
      return start(time, line);
    }
    const last = drafts.at(-1);
    if (last) last.lines.push(line);
    else start(null, line);
  });

  const entries = drafts
    .map((draft) => ({ at: draft.at, text: draft.lines.map((line) => anonymise(line.trim())).join('\n').trim() }))
    .filter((entry) => entry.text !== '');
  return { entries, chat };
}
