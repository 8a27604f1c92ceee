import fc from 'fast-check';
import type { Nodes, Parent, Root, RootContent, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { ACTION_KINDS, ACTION_STATUSES, CATEGORIES, MARKERS, PRIORITIES, PROMPTS } from '../../shared/domain/values.ts';
import { oneLine, safeUrl } from '../../shared/export/userText.ts';
import { SECTION_HEADINGS, postMortemFrom, toJSON, toMarkdown } from '../../shared/export/index.ts';
import { RetroBuilder } from './export-fixture.ts';

/**
 * Whatever participants type, the exported Markdown keeps its structure (same headings, same
 * tables with the same rows and cells, no HTML, no links or images but ours and GFM's bare-URL
 * literals) and shows every piece of user text exactly as typed (modulo line breaks).
 */

const parse = (md: string): Root =>
  fromMarkdown(md, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

/** Characters and fragments that mean something to Markdown, HTML or GFM. */
const nasty = fc.constantFrom(
  '#', '## ', ' #', '>', '> ', '-', '- ', '* ', '+ ', '1. ', '2) ', '===', '---', '***', '___', '- - -',
  '<div>', '</div>', '<!-- c -->', '<script>alert(1)</script>', '<https://evil.example>', '<a@b.co>',
  '[x](https://evil.example)', '![i](https://evil.example/i.png)', '[^1]', '[x]: https://evil.example',
  '[ref]', '- [ ] ', '`', '```', '~~~', '~', '~~x~~', '_', '__', '*x*', '\\', '\\|', '|', '||', '| a | b |',
  '&amp;', '&#60;', '&#x3C;', '&copy;', '&', '\n', '\r\n', '\r', '\n\n', '  \n', '\t', '    ', ' ',
  'http://x.example', 'https://a.example/b?c=d', 'www.a.example', 'a@b.co', 'mailto:a@b.co', '$', '$x$', '$$',
  ':', '!', '"', "'", '(', ')', '{', '}', '\u0000', '\u2028', '\u00a0', '\ufeff', 'é', '🔥', '日本', 'word',
);
const userText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.array(fc.oneof(nasty, nasty, fc.string({ maxLength: 4 })), { maxLength: 12 }).map((parts) => parts.join('')),
);
const urlPath = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.array(fc.constantFrom(')', '(', ' ', '|', '<', '>', '"', '`', '\\', '[', ']', '&copy;', '&', '#', '?', '%', 'a', '/', 'é', '*', '_'), {
    maxLength: 10,
  }).map((parts) => parts.join('')),
);
const url = fc.option(urlPath.map((path) => `https://evidence.example/${path}`), { nil: null });
const time = fc.option(
  fc.constantFrom('2026-05-01T10:00:00.000Z', '2026-05-01T10:07:00.000Z', '2026-05-01T11:30:00.000Z', '2026-04-30T23:59:00.000Z'),
  { nil: null },
);

const retroArb = fc.record({
  title: userText,
  summary: userText,
  customerImpact: userText,
  impactStart: time,
  impactEnd: time,
  cards: fc.array(
    fc.record({ text: userText, at: time, marker: fc.option(fc.constantFrom(...MARKERS), { nil: null }), evidenceUrl: url }),
    { maxLength: 4 },
  ),
  factors: fc.array(
    fc.record({
      text: userText,
      category: fc.constantFrom(...CATEGORIES),
      prompt: fc.option(fc.constantFrom(...PROMPTS), { nil: null }),
      links: fc.array(fc.nat(5), { maxLength: 3 }),
      votes: fc.array(fc.nat(3), { minLength: 3, maxLength: 3 }),
    }),
    { maxLength: 4 },
  ),
  actions: fc.array(
    fc.record({
      title: userText,
      owner: userText,
      doneCriterion: userText,
      reason: userText,
      dueDate: fc.option(fc.oneof(fc.constant('2026-06-01'), userText), { nil: null }),
      trackerUrl: url,
      kind: fc.constantFrom(...ACTION_KINDS),
      priority: fc.constantFrom(...PRIORITIES),
      status: fc.constantFrom(...ACTION_STATUSES),
      links: fc.array(fc.nat(5), { maxLength: 3 }),
    }),
    { maxLength: 3 },
  ),
  hiddenCards: fc.nat(2),
  votesRevealed: fc.boolean(),
});
type RetroSpec = typeof retroArb extends fc.Arbitrary<infer T> ? T : never;

const VOTERS = ['participant-7c0ffee-v0', 'participant-7c0ffee-v1', 'participant-7c0ffee-v2'];
const author = (i: number) => `participant-7c0ffee-a${i % 3}`;
const SECRET = 'SECRET-never-revealed-q9z';

function build(spec: RetroSpec) {
  const b = new RetroBuilder('r-prop', spec.title, '2026-05-02T08:00:00.000Z').update({
    summary: spec.summary,
    customerImpact: spec.customerImpact,
    impactStart: spec.impactStart,
    impactEnd: spec.impactEnd,
  });
  spec.cards.forEach((card, i) => b.card(author(i), { id: `c${i}`, ...card }));
  spec.factors.forEach((factor, i) =>
    b.factor(author(i + 1), {
      id: `f${i}`,
      text: factor.text,
      category: factor.category,
      prompt: factor.prompt,
      timelineCardIds: [...new Set(factor.links.filter((n) => n < spec.cards.length).map((n) => `c${n}`))],
    }),
  );
  b.reveal();
  for (let i = 0; i < spec.hiddenCards; i++) {
    b.card(author(i), { id: `hidden-c${i}`, text: `${SECRET} card ${i}`, at: '2026-05-01T10:01:00.000Z', marker: 'detected' });
    b.factor(author(i), { id: `hidden-f${i}`, text: `${SECRET} factor ${i}`, category: 'other' });
  }
  b.phase('voting');
  spec.factors.forEach((factor, i) => factor.votes.forEach((n, v) => b.votes(VOTERS[v], `f${i}`, n)));
  if (spec.votesRevealed) b.phase('actions');
  spec.actions.forEach((action, i) => {
    const { links, reason: _reason, status: _status, ...fields } = action;
    b.action(author(i + 2), {
      id: `a${i}`,
      ...fields,
      factorIds: [...new Set(links.filter((n) => n < spec.factors.length).map((n) => `f${n}`))],
    });
    if (action.status !== 'open') b.status(`a${i}`, action.status, action.status === 'not-doing' ? action.reason : null);
  });
  return b.state;
}

/** The text a reader sees: text values, line breaks as "\n". */
function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'break') return '\n';
  return 'children' in node ? node.children.map((child) => textOf(child as Nodes)).join('') : '';
}

/** What a single-line rendering of user text must read as. */
const asLine = (text: string, fallback = '—') => oneLine(text).replace(/\u0000/g, '\uFFFD') || fallback;

/** What a paragraph rendering of user text must read as: blank lines part paragraphs. */
function asParagraphs(text: string, fallback: string): string {
  const paragraphs: string[][] = [[]];
  for (const line of text.replace(/\u0000/g, '\uFFFD').split(/\r\n|\r|\n/)) {
    if (line.trim()) paragraphs.at(-1)!.push(line.trim());
    else paragraphs.push([]);
  }
  const joined = paragraphs.filter((lines) => lines.length > 0).map((lines) => lines.join('\n'));
  return joined.join('\n\n') || fallback;
}

const ALLOWED_NODES = new Set([
  'root', 'heading', 'paragraph', 'text', 'strong', 'list', 'listItem', 'table', 'tableRow', 'tableCell', 'link', 'break',
]);

function* walk(node: Nodes): Generator<Nodes> {
  yield node;
  if ('children' in node) for (const child of node.children) yield* walk(child as Nodes);
}

/** Root-level blocks grouped under their H2 (the H1 and header facts under ''). */
function sections(root: Root): Map<string, RootContent[]> {
  const bySection = new Map<string, RootContent[]>([['', []]]);
  let current = '';
  for (const node of root.children) {
    if (node.type === 'heading' && node.depth === 2) {
      current = textOf(node);
      bySection.set(current, []);
    } else {
      bySection.get(current)!.push(node);
    }
  }
  return bySection;
}

function tablesIn(blocks: RootContent[]): Table[] {
  return blocks.filter((node): node is Table => node.type === 'table');
}

function expectTable(table: Table | undefined, rows: number, cells: number) {
  expect(table).toBeDefined();
  expect(table!.children).toHaveLength(rows + 1);
  for (const row of table!.children) expect(row.children).toHaveLength(cells);
}

function expectUrlCell(cell: Parent, raw: string | null) {
  const safe = raw === null ? null : safeUrl(raw);
  if (raw === null) expect(textOf(cell as Nodes)).toBe('—');
  else if (safe === null) expect(cell.children.some((child) => child.type === 'link')).toBe(false);
  else {
    expect(cell.children).toHaveLength(1);
    expect(cell.children[0]).toMatchObject({ type: 'link', url: safe });
  }
}

function check(spec: RetroSpec) {
  const state = build(spec);
  const pm = postMortemFrom(state, 3);
  const md = toMarkdown(pm);
  const json = toJSON(pm);
  const root = parse(md);

  // Nothing but the node types the exporter emits: no html, image, code, quote, emphasis, …
  for (const node of walk(root)) expect(ALLOWED_NODES.has(node.type), `unexpected ${node.type} node`).toBe(true);

  // Exactly one H1 (the title, as typed), then the fixed H2 sections, and no other heading.
  const headings = [...walk(root)].filter((node) => node.type === 'heading');
  expect(headings.map((h) => [h.depth, textOf(h)])).toEqual([
    [1, asLine(spec.title, 'Untitled retro')],
    ...SECTION_HEADINGS.map((heading) => [2, heading]),
  ]);
  expect(root.children[0].type).toBe('heading');

  const bySection = sections(root);
  const paragraphs = (name: string) => bySection.get(name)!.filter((node) => node.type === 'paragraph');
  expect(textOf(paragraphs('Summary')[0])).toBe(asParagraphs(spec.summary, 'No summary was written.').split('\n\n')[0]);
  expect(paragraphs('Summary').map(textOf).join('\n\n')).toBe(asParagraphs(spec.summary, 'No summary was written.'));
  expect(textOf(paragraphs('Impact')[0])).toBe(asParagraphs(spec.customerImpact, 'Customer impact was not described.').split('\n\n')[0]);

  // Key moments: two fixed tables of five rows.
  const [moments, durations, ...moreMomentTables] = tablesIn(bySection.get('Key moments')!);
  expectTable(moments, 5, 3);
  expectTable(durations, 5, 3);
  expect(moreMomentTables).toEqual([]);

  // Timeline: one row per revealed card, each event and evidence exactly as typed.
  const timelineTables = tablesIn(bySection.get('Timeline')!);
  if (pm.timeline.length === 0) expect(timelineTables).toEqual([]);
  else {
    expectTable(timelineTables[0], pm.timeline.length, 4);
    pm.timeline.forEach((card, i) => {
      const row = timelineTables[0].children[i + 1];
      expect(textOf(row.children[1])).toBe(asLine(card.text));
      expectUrlCell(row.children[3], card.evidenceUrl);
    });
  }

  // Factors: one list item per factor in each of the three factor sections.
  const factorSections = [
    ['Contributing factors', pm.factors.filter((f) => f.prompt !== 'surprised' && f.prompt !== 'lucky')],
    ['Where we were surprised', pm.factors.filter((f) => f.prompt === 'surprised')],
    ['Where we got lucky', pm.factors.filter((f) => f.prompt === 'lucky')],
  ] as const;
  for (const [name, factors] of factorSections) {
    const lists = bySection.get(name)!.filter((node) => node.type === 'list');
    if (factors.length === 0) expect(lists).toEqual([]);
    else {
      expect(lists).toHaveLength(1);
      expect(lists[0].children).toHaveLength(factors.length);
      factors.forEach((factor, i) => {
        const item = lists[0].children[i];
        expect(textOf(item.children[0])).toBe(asLine(factor.text));
        const details = item.children[1];
        expect(details.type).toBe('list');
        const linked = factor.timelineCardIds.length;
        expect((details as Parent).children).toHaveLength(factor.votes === null ? 2 : 3);
        const last = (details as Parent).children.at(-1) as Parent;
        if (linked > 0) expect((last.children[1] as Parent).children).toHaveLength(linked);
      });
    }
  }

  // Actions: planned ones in the main table, not-doing ones in their own.
  const planned = pm.actions.filter((a) => a.status !== 'not-doing');
  const setAside = pm.actions.filter((a) => a.status === 'not-doing');
  const actionTables = tablesIn(bySection.get('Action items')!);
  if (planned.length === 0) expect(actionTables).toEqual([]);
  else {
    expectTable(actionTables[0], planned.length, 9);
    planned.forEach((action, i) => {
      const cells = actionTables[0].children[i + 1].children;
      expect(textOf(cells[0])).toBe(asLine(action.title));
      expect(textOf(cells[2])).toBe(asLine(action.owner));
      expect(textOf(cells[6])).toBe(asLine(action.doneCriterion));
      expectUrlCell(cells[7], action.trackerUrl);
    });
  }
  const notDoingTables = tablesIn(bySection.get('Considered but not doing')!);
  if (setAside.length === 0) expect(notDoingTables).toEqual([]);
  else {
    expectTable(notDoingTables[0], setAside.length, 5);
    setAside.forEach((action, i) => {
      const cells = notDoingTables[0].children[i + 1].children;
      expect(textOf(cells[0])).toBe(asLine(action.title));
      expect(textOf(cells[3])).toBe(asLine(action.reason ?? '', 'No reason given'));
    });
  }
  // No other tables anywhere.
  expect([...walk(root)].filter((node) => node.type === 'table')).toHaveLength(
    2 + (pm.timeline.length ? 1 : 0) + (planned.length ? 1 : 0) + (setAside.length ? 1 : 0),
  );

  // Links: ours point at the sanitised URL and show it; any other is a GFM bare-URL literal,
  // whose text is its own target, so user text can never label a link or embed an image.
  const ours = new Set(
    [...pm.timeline.map((c) => c.evidenceUrl), ...planned.map((a) => a.trackerUrl)]
      .map((raw) => (raw === null ? null : safeUrl(raw)))
      .filter((u): u is string => u !== null),
  );
  for (const node of walk(root)) {
    if (node.type !== 'link') continue;
    const text = textOf(node);
    if (ours.has(node.url) && text === node.url) continue;
    expect(/^(https?|mailto):/i.test(node.url), `unexpected link ${node.url}`).toBe(true);
    expect([text, `http://${text}`, `mailto:${text}`]).toContain(node.url);
  }

  // Nobody is identified, and what was never revealed never shows.
  for (const id of [...VOTERS, author(0), author(1), author(2)]) {
    expect(md).not.toContain(id);
    expect(json).not.toContain(id);
  }
  expect(md).not.toContain(SECRET);
  expect(json).not.toContain(SECRET);
  expect(json).not.toContain('hidden-');

  // Deterministic, and the JSON reads back.
  expect(toMarkdown(postMortemFrom(build(spec), 3))).toBe(md);
  expect(JSON.parse(json).format).toBe('debrief.postmortem/v1');
}

describe('Markdown export keeps its structure whatever users type', () => {
  it('holds for arbitrary text in every user field', () => {
    // 200 runs keep the suite fast; for a deeper search:
    // EXPORT_PROPERTY_RUNS=5000 npx vitest run tests/unit/export-property --testTimeout 600000
    fc.assert(fc.property(retroArb, check), { numRuns: Number(process.env.EXPORT_PROPERTY_RUNS ?? 200) });
  });

  it('holds for some hand-picked nasty inputs', () => {
    const evil = '# H\n> q\n- l\n1. o\n===\n---\n<b>x</b> [l](https://e.example) ![i](https://e.example/i) `c` | p | \\ &amp; $x$';
    check({
      title: evil,
      summary: `${evil}\n\n\n    indented\n\ttabbed`,
      customerImpact: evil,
      impactStart: null,
      impactEnd: null,
      cards: [{ text: evil, at: null, marker: 'detected', evidenceUrl: 'https://e.example/a b)|<x>' }],
      factors: [{ text: evil, category: 'other', prompt: null, links: [0], votes: [1, 0, 2] }],
      actions: [
        ...(['open', 'not-doing'] as const).map((status) => ({
          title: evil,
          owner: evil,
          doneCriterion: evil,
          reason: evil,
          dueDate: evil,
          trackerUrl: 'https://t.example/?q=a|b&copy;',
          kind: 'other' as const,
          priority: 'low' as const,
          status,
          links: [0],
        })),
      ],
      hiddenCards: 1,
      votesRevealed: true,
    });
  });
});
