import { describe, expect, it } from 'vitest';
import { exportFileName, postMortemFrom, toJSON, toMarkdown } from '../../shared/export/index.ts';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { safeUrl } from '../../shared/export/userText.ts';
import { line, paragraph, paragraphs, serialise, table, urlOr } from '../../shared/export/mdast.ts';
import { humanDuration } from '../../shared/export/format.ts';
import { NEVER_REVEALED, PARTICIPANTS, RetroBuilder, paymentsOutage } from './export-fixture.ts';

describe('post-mortem export of a realistic retro', () => {
  const state = paymentsOutage();
  const pm = postMortemFrom(state, 3);
  const md = toMarkdown(pm);
  const json = toJSON(pm);

  it('matches the reviewed golden Markdown', async () => {
    await expect(md).toMatchFileSnapshot('../fixtures/postmortem.golden.md');
  });

  it('matches the reviewed golden JSON', async () => {
    await expect(json).toMatchFileSnapshot('../fixtures/postmortem.golden.json');
  });

  it('is deterministic: the same retro gives byte-identical exports', () => {
    const again = postMortemFrom(paymentsOutage(), 3);
    expect(toMarkdown(again)).toBe(md);
    expect(toJSON(again)).toBe(json);
    expect(toMarkdown(pm)).toBe(md);
  });

  it('never names a participant, in Markdown or JSON', () => {
    for (const id of Object.values(PARTICIPANTS)) {
      expect(md).not.toContain(id);
      expect(json).not.toContain(id);
    }
    for (const key of ['authorId', 'voterId', 'mine', 'private', 'seq', 'participantId']) {
      expect(json).not.toContain(`"${key}"`);
    }
  });

  it('leaves out cards that were never revealed, and links to them', () => {
    for (const text of [NEVER_REVEALED.card, NEVER_REVEALED.factor, 'c-secret', 'f-secret']) {
      expect(md).not.toContain(text);
      expect(json).not.toContain(text);
    }
    // The hidden card was marked "mitigated" earlier than the real one: it must not count.
    expect(pm.keyMoments.mitigated?.cardId).toBe('c-rollback');
    expect(pm.participation.hidden).toEqual({ timeline: 1, factors: 1 });
  });

  it('ranks factors by votes, ties in creation order, and keeps votes on hidden factors out of totals', () => {
    expect(pm.factors.map((f) => [f.id, f.votes])).toEqual([
      ['f-alerting', 5],
      ['f-retries', 5],
      ['f-review', 2],
      ['f-autoscale', 2],
      ['f-peak', 1],
      ['f-status', 0],
    ]);
    expect(pm.participation.votes).toBe(15);
  });

  it('reports participants as the number given (counted from connections, not authorship)', () => {
    expect(pm.participation.participants).toBe(3);
    expect(md).toContain('**Participants:** 3 anonymous participants');
  });

  it('derives key-moment durations', () => {
    expect(pm.durations.timeUndetected).toEqual({ from: 'impact-start', to: 'detected', ms: 9 * 60_000, problem: null });
    expect(pm.durations.timeToResolve.ms).toBe(72 * 60_000);
    expect(pm.warnings).toEqual([]);
    const parsed = JSON.parse(json);
    expect(parsed.format).toBe('debrief.postmortem/v1');
    expect(parsed.durations.timeToMitigate.ms).toBe(47 * 60_000);
    expect(json.endsWith('}\n')).toBe(true);
  });

  it('names the file after the date and the title', () => {
    expect(exportFileName(pm, 'md')).toBe('2026-11-20-payments-api-outage.md');
    expect(exportFileName(pm, 'json')).toBe('2026-11-20-payments-api-outage.json');
  });
});

describe('before voting has been left', () => {
  const pm = postMortemFrom(paymentsOutage('voting'), 3);
  const md = toMarkdown(pm);

  it('shows no vote totals and keeps factors in creation order', () => {
    expect(pm.votesRevealed).toBe(false);
    expect(pm.factors.every((f) => f.votes === null)).toBe(true);
    expect(pm.factors.map((f) => f.id)).toEqual(['f-review', 'f-alerting', 'f-retries', 'f-autoscale', 'f-peak', 'f-status']);
    expect(pm.participation.votes).toBeNull();
    expect(md).toContain('Votes have not been revealed (voting was never closed)');
    expect(md).not.toMatch(/Votes: \d/);
    expect(md).toContain('- Votes cast: not revealed (voting was never closed)');
    expect(JSON.parse(toJSON(pm)).factors[0].votes).toBeNull();
  });

  it('says it is a draft', () => {
    expect(md).toContain('**Status:** Draft (the retro is in its Voting phase)');
  });
});

describe('contributors', () => {
  it('counts votes only once the totals are revealed, never before', () => {
    const b = new RetroBuilder('r-votes', 'Votes only', '2026-02-01T00:00:00.000Z')
      .update({}, { privateWriting: false })
      .factor('pid-writer', { id: 'f1', text: 'A factor', category: 'other' })
      .phase('voting')
      .votes('pid-voter-only', 'f1', 2);
    const before = postMortemFrom(b.state, 3);
    expect(before.participation).toMatchObject({ participants: 3, votes: null });
    b.phase('actions');
    const after = postMortemFrom(b.state, 3);
    expect(after.participation).toMatchObject({ participants: 3, votes: 2 });
    expect(toMarkdown(after)).not.toContain('pid-');
  });
});

describe('out-of-order markers', () => {
  const b = new RetroBuilder('r-ooo', 'Search latency spike', '2026-03-02T10:00:00.000Z')
    .update(
      { impactStart: '2026-03-01T09:30:00.000Z', impactEnd: '2026-03-01T09:00:00.000Z' },
      { privateWriting: false },
    )
    .card('pid-x', { id: 'c1', text: 'Latency alert fires', at: '2026-03-01T09:10:00.000Z', marker: 'detected' })
    .card('pid-y', { id: 'c2', text: 'p95 latency climbs', at: '2026-03-01T09:20:00.000Z', marker: 'impact-start' })
    .card('pid-x', { id: 'c3', text: 'Index rebuilt', at: '2026-03-01T09:50:00.000Z', marker: 'mitigated' })
    .card('pid-y', { id: 'c4', text: 'Cache warmed', at: '2026-03-01T09:05:00.000Z', marker: 'resolved' });
  const pm = postMortemFrom(b.state, 3);
  const md = toMarkdown(pm);

  it('flags them in the document and never computes a negative duration', () => {
    expect(pm.warnings).toEqual([
      { first: 'impact-start', firstAt: '2026-03-01T09:20:00.000Z', second: 'detected', secondAt: '2026-03-01T09:10:00.000Z' },
      { first: 'mitigated', firstAt: '2026-03-01T09:50:00.000Z', second: 'resolved', secondAt: '2026-03-01T09:05:00.000Z' },
      {
        first: 'impact-window-start',
        firstAt: '2026-03-01T09:30:00.000Z',
        second: 'impact-window-end',
        secondAt: '2026-03-01T09:00:00.000Z',
      },
    ]);
    expect(pm.durations.timeUndetected).toMatchObject({ ms: null, problem: 'out-of-order' });
    expect(pm.durations.timeToResolve).toMatchObject({ ms: null, problem: 'out-of-order' });
    expect(pm.durations.totalImpact).toMatchObject({ ms: null, problem: 'out-of-order' });
    expect(pm.durations.timeToMitigate).toMatchObject({ ms: 30 * 60_000, problem: null });
    expect(pm.durations.timeToAcknowledge).toMatchObject({ ms: null, problem: 'missing' });
    for (const d of Object.values(pm.durations)) if (d.ms !== null) expect(d.ms).toBeGreaterThanOrEqual(0);

    expect(md).toContain(
      '**Warning:** Detected (2026-03-01 09:10 UTC) is earlier than Impact started (2026-03-01 09:20 UTC). ' +
        'Check these timeline markers: durations that would come out negative are not computed.',
    );
    expect(md).toContain('**Warning:** Resolved (2026-03-01 09:05 UTC) is earlier than Mitigated (2026-03-01 09:50 UTC).');
    expect(md).toContain('**Warning:** the impact window ends (2026-03-01 09:00 UTC) before it starts (2026-03-01 09:30 UTC).');
    expect(md).toContain('| Time undetected | Impact started → Detected | Not computed: the times are out of order |');
    expect(md).toContain('| Time to mitigate | Impact started → Mitigated | 30 min |');
    expect(md).toContain('| Time to acknowledge | Detected → Acknowledged | Unknown: no time recorded for Acknowledged |');
    expect(md).toContain('- **Duration:** Not computed: the times are out of order');
    expect(md).not.toMatch(/-\d+ ?(min|h|d)\b/);
  });
});

describe('an empty retro', () => {
  const md = toMarkdown(postMortemFrom(new RetroBuilder('r-empty', '   ', 'not a date').state, 3));

  it('keeps every section and says in one line that it is empty', () => {
    expect(md).toContain('# Untitled retro\n');
    expect(md).toContain('- **Date:** Unknown');
    expect(md).toContain('- **Severity:** Not set');
    expect(md).toContain('- **Participants:** 3 anonymous participants');
    expect(md).toContain('## Summary\n\nNo summary was written.\n');
    expect(md).toContain('## Impact\n\nCustomer impact was not described.\n');
    expect(md).toContain('## Timeline\n\nNo timeline events were recorded.\n');
    expect(md).toContain('No contributing factors were recorded.');
    expect(md).toContain('## Where we were surprised\n\nNo answers to “Why were we surprised?” were recorded.\n');
    expect(md).toContain('## Where we got lucky\n\nNo answers to “Where did we get lucky?” were recorded.\n');
    expect(md).toContain('## Action items\n\nNo action items were recorded.\n');
    expect(md).toContain('## Considered but not doing\n\nNo action items were set aside.\n');
    expect(md).toContain('| Impact started | — | No timeline card has this marker. |');
    expect(md.endsWith('\n')).toBe(true);
    expect(md.endsWith('\n\n')).toBe(false);
  });

  it('falls back to "retro" for a file name', () => {
    const pm = postMortemFrom(new RetroBuilder('r', '障害 ✱', '2026-01-05T23:59:59.000Z').state, 3);
    expect(exportFileName(pm, 'md')).toBe('2026-01-05-retro.md');
    const accented = postMortemFrom(new RetroBuilder('r', 'Café  outage: "DNS" / TLS!', '2026-01-05T00:00:00Z').state, 3);
    expect(exportFileName(accented, 'json')).toBe('2026-01-05-cafe-outage-dns-tls.json');
    const long = postMortemFrom(new RetroBuilder('r', 'word '.repeat(40), '2026-01-05T00:00:00Z').state, 3);
    const name = exportFileName(long, 'md');
    expect(name).toMatch(/^2026-01-05-(word-)*word\.md$/);
    expect(name.length).toBeLessThanOrEqual('2026-01-05-'.length + 60 + '.md'.length);
  });
});

describe('escaping', () => {
  const parse = (md: string) => fromMarkdown(md, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

  it('keeps URLs from breaking out of autolinks and table cells', () => {
    expect(safeUrl('https://example.com/a b)c|d<e>f"g`h\\i')).toBe('https://example.com/a%20b)c%7Cd%3Ce%3Ef%22g%60h/i');
    expect(serialise([paragraph(urlOr('https://example.com/x|y', ''))])).toBe('<https://example.com/x%7Cy>\n');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    // Shown as text, never linked.
    expect(serialise([paragraph(urlOr('javascript:alert(1)', ''))])).toBe('javascript:alert(1)\n');
    expect(safeUrl('https://example.com/?q=&copy;')).toBe('https://example.com/?q=%26copy;');
  });

  const hostile = [
    '# not a heading ##',
    '- item',
    '1. first',
    '> quote',
    '<img src=x onerror=alert(1)>',
    '![x](https://evil.example/p.png)',
    'a | b',
    '&copy; Q&A',
    '*not* _emphasis_ ~~struck~~ `code` $x$',
    '[^1] [link][ref]',
  ];

  it('renders typed block and inline syntax as the text typed, in a paragraph and in a table cell', () => {
    for (const typed of hostile) {
      const inParagraph = parse(serialise([paragraph(line(typed, ''))]));
      expect(inParagraph.children.map((node) => node.type)).toEqual(['paragraph']);
      expect(toString(inParagraph)).toBe(typed);
      const inTable = parse(serialise([table(['A', 'B'], [[typed, 'x']])]));
      expect(inTable.children.map((node) => node.type)).toEqual(['table']);
      const row = (inTable.children[0] as import('mdast').Table).children[1]!;
      expect(row.children.map((cell) => toString(cell))).toEqual([typed, 'x']);
    }
  });

  it('keeps lines of a cell on one line and a setext underline or indent as text', () => {
    expect(toString(parse(serialise([table(['A'], [[line('a | b\nc', '')]])])))).toContain('a | b / c');
    const blocks = parse(serialise(paragraphs('line one\n===\n\n\n    code?')));
    expect(blocks.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph']);
    const first = blocks.children[0] as import('mdast').Paragraph;
    expect(first.children.map((node) => (node.type === 'text' ? node.value : node.type))).toEqual(['line one', 'break', '===']);
    expect(toString(blocks.children[1])).toBe('code?');
  });

  it('formats durations for humans', () => {
    expect(humanDuration(72 * 60_000)).toBe('1 h 12 min');
    expect(humanDuration(60 * 60_000)).toBe('1 h');
    expect(humanDuration(0)).toBe('0 min');
    expect(humanDuration(20_000)).toBe('under 1 min');
    expect(humanDuration((26 * 60 + 5) * 60_000)).toBe('1 d 2 h 5 min');
  });
});
