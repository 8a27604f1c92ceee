import { describe, expect, it } from 'vitest';
import { parseLog } from '../../shared/import/index.ts';

const berlin = { date: '2025-03-04', timeZone: 'Europe/Berlin' };
const utc = { date: '2025-03-04', timeZone: 'UTC' };
const texts = (input: string, options = utc) => parseLog(input, options).entries.map((entry) => entry.text);
const times = (input: string, options = utc) => parseLog(input, options).entries.map((entry) => entry.at);

describe('plain logs', () => {
  it('reads every common time shape at the start of a line', () => {
    const log = [
      '14:02 deploy 42 started',
      '[14:03] error rate climbing',
      '2:04 PM checkout failing',
      '2:05pm - still failing',
      '14:06:30 | retry storm',
      '2025-03-04 14:07:11 config pushed',
      '2025-03-04T14:08:00Z rolled back',
      '2025-03-04T15:09:00+01:00 error rate back to normal',
      '[2025-03-04 14:10] all clear',
    ].join('\n');
    const parsed = parseLog(log, utc);
    expect(parsed.format).toBe('plain');
    expect(parsed.entries.map((entry) => entry.at)).toEqual([
      '2025-03-04T14:02:00.000Z',
      '2025-03-04T14:03:00.000Z',
      '2025-03-04T14:04:00.000Z',
      '2025-03-04T14:05:00.000Z',
      '2025-03-04T14:06:30.000Z',
      '2025-03-04T14:07:11.000Z',
      '2025-03-04T14:08:00.000Z',
      '2025-03-04T14:09:00.000Z',
      '2025-03-04T14:10:00.000Z',
    ]);
    expect(parsed.entries.map((entry) => entry.text)).toEqual([
      'deploy 42 started',
      'error rate climbing',
      'checkout failing',
      'still failing',
      'retry storm',
      'config pushed',
      'rolled back',
      'error rate back to normal',
      'all clear',
    ]);
  });

  it('reads 12 AM and 12 PM the way clocks mean them', () => {
    expect(times('12:05 AM a\n12:05 PM b')).toEqual(['2025-03-04T00:05:00.000Z', '2025-03-04T12:05:00.000Z']);
  });

  it('puts times without an offset in the retro time zone, summer time included', () => {
    // Berlin is UTC+1 in March and UTC+2 in July; an explicit offset wins over the zone.
    expect(times('14:02 winter', berlin)).toEqual(['2025-03-04T13:02:00.000Z']);
    expect(times('14:02 summer', { date: '2025-07-04', timeZone: 'Europe/Berlin' })).toEqual(['2025-07-04T12:02:00.000Z']);
    expect(times('2025-03-04T14:02:00-05:00 offset wins', berlin)).toEqual(['2025-03-04T19:02:00.000Z']);
    expect(times('14:02 UTC said so', berlin)).toEqual(['2025-03-04T14:02:00.000Z']);
    expect(times('2025-03-05 09:00 dated line', { date: '2025-03-04', timeZone: 'America/New_York' })).toEqual([
      '2025-03-05T14:00:00.000Z',
    ]);
  });

  it('rolls over to the next day at midnight, but not when a log is merely out of order', () => {
    expect(times('23:58 paged\n23:59 ack\n00:03 rolled back\n00:02 late note\n01:10 resolved')).toEqual([
      '2025-03-04T23:58:00.000Z',
      '2025-03-04T23:59:00.000Z',
      '2025-03-05T00:03:00.000Z',
      '2025-03-05T00:02:00.000Z',
      '2025-03-05T01:10:00.000Z',
    ]);
  });

  it('attaches lines without a time to the card before, and keeps a leading untimed line as an untimed card', () => {
    const parsed = parseLog('context before anything\n14:02 stack trace:\n  at handler (app.js:10)\n  at main\n\n14:05 next', utc);
    expect(parsed.entries).toEqual([
      { at: null, text: 'context before anything', marker: null, clipped: false },
      { at: '2025-03-04T14:02:00.000Z', text: 'stack trace:\nat handler (app.js:10)\nat main', marker: null, clipped: false },
      { at: '2025-03-04T14:05:00.000Z', text: 'next', marker: null, clipped: false },
    ]);
  });

  it('does not take a ratio or a version for a time', () => {
    expect(times('99:99 not a time')).toEqual([null]);
    expect(texts('v1.2.3 shipped')).toEqual(['v1.2.3 shipped']);
  });

  it('replaces mentions, user ids and addresses with "someone" and drops IRC speakers', () => {
    expect(texts('14:02 @alex.doe please check <@U024BE7LH>\n14:03 mail ops-lead@example.com\n14:04 <alex> restarted it')).toEqual([
      'someone please check someone',
      'mail someone',
      'restarted it',
    ]);
  });

  it('clips text longer than a card may be, and says so', () => {
    const [entry] = parseLog(`14:02 ${'x'.repeat(2500)}`, utc).entries;
    expect(entry.text).toHaveLength(2000);
    expect(entry.clipped).toBe(true);
  });
});

describe('chat copy-paste', () => {
  const chat = [
    'Alex Doe  2:02 PM',
    'checkout is throwing 500s, @sam can you look?',
    'Sam Roe  2:04 PM',
    'looking into it',
    'it started after the 14:00 deploy',
    'Riley (SRE) [14:10]',
    'rolled back deploy 42',
  ].join('\n');

  it('drops speaker lines, so names never become card text, and times each message by its speaker line', () => {
    const parsed = parseLog(chat, berlin);
    expect(parsed.format).toBe('chat');
    expect(parsed.entries.map(({ at, text }) => ({ at, text }))).toEqual([
      { at: '2025-03-04T13:02:00.000Z', text: 'checkout is throwing 500s, someone can you look?' },
      { at: '2025-03-04T13:04:00.000Z', text: 'looking into it\nit started after the 14:00 deploy' },
      { at: '2025-03-04T13:10:00.000Z', text: 'rolled back deploy 42' },
    ]);
    const all = parsed.entries.map((entry) => entry.text).join(' ');
    for (const name of ['Alex', 'Doe', 'Sam', 'Roe', 'Riley']) expect(all).not.toContain(name);
  });

  it('does not take a sentence that ends in a time for a speaker line', () => {
    expect(texts('14:01 paged\nthe deploy went out at 14:00\n14:05 next')).toEqual(['paged\nthe deploy went out at 14:00', 'next']);
  });

  it('reads a time alone on its line as the time of the message after it', () => {
    expect(parseLog('2:02 PM\nfirst message\n2:03 PM\nsecond', utc).entries.map(({ at, text }) => [at, text])).toEqual([
      ['2025-03-04T14:02:00.000Z', 'first message'],
      ['2025-03-04T14:03:00.000Z', 'second'],
    ]);
  });
});

describe('Slack channel export', () => {
  const slack = JSON.stringify([
    { type: 'message', user: 'U1', ts: '1741097040.000200', text: '<!here> alert fired: checkout 5xx' },
    { type: 'message', subtype: 'channel_join', user: 'U2', ts: '1741097000.000100', text: '<@U2> has joined the channel' },
    { type: 'message', user: 'U2', user_profile: { real_name: 'Sam Roe' }, ts: '1741097100.000300', text: 'ack, <@U1|alex> rolling back &amp; watching <https://grafana.example/d/1|the dashboard>' },
    { type: 'message', user: 'U3', ts: '1741096980.000050', text: 'customers report errors in <#C1|support>' },
  ]);

  it('orders messages by ts, skips joins, and turns Slack markup into anonymous text', () => {
    const parsed = parseLog(slack, berlin);
    expect(parsed.format).toBe('slack');
    expect(parsed.entries).toEqual([
      { at: '2025-03-04T14:03:00.000Z', text: 'customers report errors in #support', marker: 'impact-start', clipped: false },
      { at: '2025-03-04T14:04:00.000Z', text: 'everyone alert fired: checkout 5xx', marker: 'detected', clipped: false },
      {
        at: '2025-03-04T14:05:00.000Z',
        text: 'ack, someone rolling back & watching the dashboard (https://grafana.example/d/1)',
        marker: 'mitigated',
        clipped: false,
      },
    ]);
    expect(JSON.stringify(parsed)).not.toMatch(/U1|U2|U3|Sam|alex/);
  });

  it('treats JSON that is not a message list as plain text', () => {
    expect(parseLog('[{"name": "x"}]', utc).format).toBe('plain');
  });
});

describe('suggested markers', () => {
  it('suggests each key moment once, at its first line, and never more than a suggestion', () => {
    const markers = parseLog(
      '14:00 customers report checkout errors\n14:02 alert fired\n14:03 acknowledged, investigating\n14:10 rolled back\n14:11 rolled back again\n14:20 resolved\n14:21 coffee',
      utc,
    ).entries.map((entry) => entry.marker);
    expect(markers).toEqual(['impact-start', 'detected', 'acknowledged', 'mitigated', null, 'resolved', null]);
  });

  it('reads "failing" as impact starting', () => {
    expect(parseLog('14:02 card payments failing with HTTP 502', utc).entries[0].marker).toBe('impact-start');
  });
});
