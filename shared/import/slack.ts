import { fromSlackMarkup } from './anonymise.ts';
import type { RawEntry } from './types.ts';

/** Messages that say who came and went, not what happened. */
const NOISE = new Set(['channel_join', 'channel_leave', 'channel_topic', 'channel_purpose', 'channel_name', 'bot_add', 'bot_remove']);

interface SlackMessage {
  ts: string | number;
  text?: unknown;
  subtype?: unknown;
}

const isMessage = (value: unknown): value is SlackMessage =>
  typeof value === 'object' &&
  value !== null &&
  (typeof (value as SlackMessage).ts === 'string' || typeof (value as SlackMessage).ts === 'number');

/** A Slack channel export (one day's JSON file: an array of messages), or null if it is not one. */
export function parseSlackExport(input: string): RawEntry[] | null {
  const trimmed = input.trim();
  if (!trimmed.startsWith('[')) return null;
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch {
    return null;
  }
  if (!Array.isArray(data) || data.length === 0 || !data.every(isMessage)) return null;
  return data
    .filter((message) => typeof message.text === 'string' && !NOISE.has(String(message.subtype)))
    .map((message) => ({ seconds: Number(message.ts), text: fromSlackMarkup(message.text as string) }))
    .filter((message) => Number.isFinite(message.seconds) && message.text.trim() !== '')
    // Slack's `ts` is the message's id and its time: ordering by it is the channel's order.
    .sort((a, b) => a.seconds - b.seconds)
    .map((message) => ({ at: new Date(Math.round(message.seconds * 1000)).toISOString(), text: message.text.trim() }));
}
