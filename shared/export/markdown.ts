import { CATEGORY_LABELS, MARKERS, MARKER_LABELS, PROMPT_LABELS, SEVERITY_DEFINITIONS, type Prompt } from '../domain/values.ts';
import { autolink, escapeParagraphs, escapeText, oneLine } from './escape.ts';
import {
  MOMENT_LABELS,
  PHASE_LABELS,
  PRIORITY_LABELS,
  STATUS_LABELS,
  DURATION_LABELS,
  count,
  durationText,
  formatUtc,
  formatUtcDate,
  kindLabel,
  shorten,
} from './format.ts';
import { momentTimes } from './keyMoments.ts';
import {
  DURATION_NAMES,
  type Moment,
  type PostMortem,
  type PostMortemFactor,
} from './types.ts';

/**
 * The post-mortem as GitHub-flavoured Markdown, in the sections of BLAMELESS.md §3. The document
 * has a fixed skeleton — one H1, then the same H2 sections in the same order, every time — and
 * a section with nothing in it says so in one line instead of disappearing, so a reader knows
 * nothing was forgotten. All user text goes through escape.ts; the only links are autolinks to
 * http(s) URLs. Deterministic: the output depends on `pm` alone (no clock, no locale).
 *
 * Why not an mdast tree serialised by mdast-util-to-markdown + mdast-util-gfm: it was built and
 * measured twice. The second time (commit 70b7896, reverted) it matched the golden file save a
 * mid-line `>` left as is instead of `&gt;` (and a `|` in the title left unescaped, as a heading
 * cannot hold a table cell), passed the structure property test, and was profiled on the
 * 2,000-card retro of bench/micro.ts (p50 of 20 runs, a 2-core machine with other work on it):
 * - the plain tree, one text node per cell: 80–130 ms, this file 5–7 ms. The time is in the
 *   library's escaping (`safe()` runs each of its ~50 unsafe patterns over every text node) and
 *   its per-cell phrasing bookkeeping;
 * - tables without alignment (`stringLength: () => 3` keeps the `---` delimiter rows; with
 *   `tablePipeAlign: false` they become `-`): about 5 ms less;
 * - a text handler that returns text as it is when no unsafe pattern can match in it (letters,
 *   digits, inner spaces, `,;:()→—-`; held to the library's own output by a property test):
 *   times, labels and `—`, three cells in four, skip the scan. 34–41 ms with the micro bench
 *   when the machine was quiet, but 52–81 ms when it was busy, where this file took 8–21 ms;
 * - one tree per section instead of one for the document: no measurable difference.
 * What is left is escaping the 2,000 typed card texts (each has a `|`) and the library's work per
 * cell: six to seven times this file's cost, so the 50 ms target holds only on a quiet machine;
 * at that ratio a full `npm run bench`, where this file measured 20–24 ms, would be far over. The
 * next step would be a serialiser that does less per cell, not more options. The property test in
 * tests/unit/export-property.test.ts parses this output with mdast-util-from-markdown and holds
 * it to the same structure instead.
 */

/** The H2 headings, in document order. Tests hold the document to exactly these. */
export const SECTION_HEADINGS = [
  'Ground rules',
  'Summary',
  'Impact',
  'Key moments',
  'Timeline',
  'Contributing factors',
  'Where we were surprised',
  'Where we got lucky',
  'Action items',
  'Considered but not doing',
  'Open questions',
  'Participation',
] as const;

/**
 * Only in a retro that follows up on an earlier one: its carried action items, kept apart from
 * this incident's own so the skeleton of a first retro never changes.
 */
export const FOLLOW_UP_HEADING = 'Follow-up on earlier actions';

const NONE = '—';

export { DURATION_LABELS };

export function toMarkdown(pm: PostMortem): string {
  const carried = pm.actions.filter((action) => action.carriedFrom);
  const own = carried.length > 0 ? { ...pm, actions: pm.actions.filter((action) => !action.carriedFrom) } : pm;
  const blocks = [
    ...header(pm),
    ...section('Ground rules', groundRules()),
    ...section('Summary', [escapeParagraphs(pm.retro.summary) || 'No summary was written.']),
    ...section('Impact', impact(pm)),
    ...section('Key moments', keyMoments(pm)),
    ...section('Timeline', timeline(pm)),
    ...section('Contributing factors', contributingFactors(pm)),
    ...section('Where we were surprised', promptAnswers(pm, 'surprised')),
    ...section('Where we got lucky', promptAnswers(pm, 'lucky')),
    ...(carried.length > 0 ? section(FOLLOW_UP_HEADING, followUp(pm, carried)) : []),
    ...section('Action items', actionItems(own)),
    ...section('Considered but not doing', notDoing(own)),
    ...section('Open questions', [
      'No open questions were recorded in the retro. Add any that remain here before publishing.',
    ]),
    ...section('Participation', participation(pm)),
  ];
  return `${blocks.join('\n\n')}\n`;
}

function section(heading: (typeof SECTION_HEADINGS)[number] | typeof FOLLOW_UP_HEADING, body: string[]): string[] {
  return [`## ${heading}`, ...body];
}

function header(pm: PostMortem): string[] {
  const { retro } = pm;
  const title = escapeText(retro.title) || 'Untitled retro';
  const severity = retro.severity ? `${retro.severity} — ${SEVERITY_DEFINITIONS[retro.severity]}` : 'Not set';
  const status =
    retro.phase === 'review' ? 'Reviewed' : `Draft (the retro is in its ${PHASE_LABELS[retro.phase]} phase)`;
  return [
    `# ${title}`,
    bullets([
      `**Date:** ${formatUtcDate(pm.createdAt) ?? 'Unknown'}`,
      `**Severity:** ${severity}`,
      `**Status:** ${status}`,
      `**Participants:** ${count(pm.participation.participants, 'anonymous participant')}, the facilitator included`,
    ]),
  ];
}

function groundRules(): string[] {
  return [
    'This is a blameless review. It looks for how the system — its tools, signals, processes and ' +
      'pressures — made each action reasonable at the time it was taken, not for culprits. Nobody is ' +
      'named: contributions were collected anonymously, and action items belong to teams or roles, ' +
      'never to individuals.',
  ];
}

function impact(pm: PostMortem): string[] {
  const { retro, durations } = pm;
  return [
    escapeParagraphs(retro.customerImpact) || 'Customer impact was not described.',
    bullets([
      `**Impact started:** ${utcOr(retro.impactStart, 'Not recorded')}`,
      `**Impact ended:** ${utcOr(retro.impactEnd, 'Not recorded')}`,
      `**Duration:** ${durationText(durations.totalImpact, timesOf(pm))}`,
    ]),
  ];
}

function keyMoments(pm: PostMortem): string[] {
  const cards = new Map(pm.timeline.map((card) => [card.id, card]));
  const warnings = pm.warnings.map((warning) =>
    warning.first === 'impact-window-start'
      ? `**Warning:** the impact window ends (${when(warning.secondAt)}) before it starts ` +
        `(${when(warning.firstAt)}). Check the impact window: the total impact is not computed.`
      : `**Warning:** ${MOMENT_LABELS[warning.second]} (${when(warning.secondAt)}) is earlier than ` +
        `${MOMENT_LABELS[warning.first]} (${when(warning.firstAt)}). Check these timeline markers: ` +
        'durations that would come out negative are not computed.',
  );
  const moments = table(
    ['Moment', 'Time (UTC)', 'Timeline event'],
    MARKERS.map((marker) => {
      const moment = pm.keyMoments[marker];
      const card = moment ? cards.get(moment.cardId) : undefined;
      if (!moment || !card) return [MARKER_LABELS[marker], NONE, 'No timeline card has this marker.'];
      return [MARKER_LABELS[marker], formatUtc(moment.at) ?? 'No time given', escapeText(card.text) || NONE];
    }),
  );
  const times = timesOf(pm);
  const derived = table(
    ['Derived duration', 'From → to', 'Duration'],
    DURATION_NAMES.map((name) => {
      const duration = pm.durations[name];
      const span =
        name === 'totalImpact'
          ? 'Impact window start → end'
          : `${MOMENT_LABELS[duration.from]} → ${MOMENT_LABELS[duration.to]}`;
      return [DURATION_LABELS[name], span, durationText(duration, times)];
    }),
  );
  return [...warnings, moments, derived];
}

function timeline(pm: PostMortem): string[] {
  const blocks =
    pm.timeline.length === 0
      ? ['No timeline events were recorded.']
      : [
          table(
            ['Time (UTC)', 'Event', 'Marker', 'Evidence'],
            pm.timeline.map((card) => [
              formatUtc(card.at) ?? NONE,
              escapeText(card.text) || NONE,
              card.marker ? MARKER_LABELS[card.marker] : NONE,
              card.evidenceUrl ? autolink(card.evidenceUrl) : NONE,
            ]),
          ),
        ];
  const hidden = pm.participation.hidden.timeline;
  if (hidden > 0) {
    blocks.push(neverRevealed(hidden, 'timeline card'));
  }
  return blocks;
}

function contributingFactors(pm: PostMortem): string[] {
  const factors = pm.factors.filter((factor) => factor.prompt !== 'surprised' && factor.prompt !== 'lucky');
  const blocks: string[] = [];
  if (pm.votesRevealed) {
    blocks.push(
      `Ranked by votes (${count(pm.participation.votes ?? 0, 'vote')} cast in all); ties keep the order ` +
        'in which the factors were written. Surprises and lucky breaks follow in their own sections.',
    );
  } else {
    blocks.push(
      'Votes have not been revealed (voting was never closed), so factors are listed in the order ' +
        'in which they were written. Surprises and lucky breaks follow in their own sections.',
    );
  }
  blocks.push(factors.length > 0 ? factorList(pm, factors) : 'No contributing factors were recorded.');
  const hidden = pm.participation.hidden.factors;
  if (hidden > 0) {
    blocks.push(neverRevealed(hidden, 'factor'));
  }
  return blocks;
}

function neverRevealed(n: number, what: string): string {
  return n === 1
    ? `1 ${what} was written privately and never revealed, so it is not part of this review.`
    : `${n} ${what}s were written privately and never revealed, so they are not part of this review.`;
}

function promptAnswers(pm: PostMortem, prompt: Prompt): string[] {
  const factors = pm.factors.filter((factor) => factor.prompt === prompt);
  if (factors.length === 0) return [`No answers to “${PROMPT_LABELS[prompt]}” were recorded.`];
  const order = pm.votesRevealed ? 'ranked by votes' : 'in the order they were written';
  return [`Answers to “${PROMPT_LABELS[prompt]}”, ${order}.`, factorList(pm, factors)];
}

/**
 * A numbered list, one item per factor, with its category, votes and linked timeline events as
 * a nested list. Nested lines are indented to the item's content column, which grows with the
 * number's width ("1. " vs "10. ").
 */
function factorList(pm: PostMortem, factors: readonly PostMortemFactor[]): string {
  const cards = new Map(pm.timeline.map((card) => [card.id, card]));
  const order = new Map(pm.timeline.map((card, index) => [card.id, index]));
  return factors
    .map((factor, index) => {
      const marker = `${index + 1}. `;
      const indent = ' '.repeat(marker.length);
      const linked = factor.timelineCardIds
        .filter((id) => cards.has(id))
        .sort((a, b) => order.get(a)! - order.get(b)!)
        .map((id) => {
          const card = cards.get(id)!;
          return `${indent}  - ${formatUtc(card.at) ?? 'No time given'} — ${escapeText(card.text) || NONE}`;
        });
      const lines = [`${marker}${escapeText(factor.text) || NONE}`, `${indent}- Category: ${CATEGORY_LABELS[factor.category]}`];
      if (factor.votes !== null) lines.push(`${indent}- Votes: ${factor.votes}`);
      if (linked.length > 0) lines.push(`${indent}- Linked timeline events:`, ...linked);
      else lines.push(`${indent}- Linked timeline events: none`);
      return lines.join('\n');
    })
    .join('\n');
}

function actionItems(pm: PostMortem): string[] {
  const planned = pm.actions.filter((action) => action.status !== 'not-doing');
  const setAside = pm.actions.length - planned.length;
  if (planned.length === 0) {
    return [
      setAside > 0
        ? 'No action items are planned: the ones considered are listed under “Considered but not doing”.'
        : 'No action items were recorded.',
    ];
  }
  const blocks = [
    table(
      ['Action', 'Kind', 'Owner', 'Priority', 'Due', 'Status', 'Done when', 'Tracker', 'Linked factors'],
      planned.map((action) => [
        escapeText(action.title) || NONE,
        kindLabel(action.kind),
        escapeText(action.owner) || NONE,
        PRIORITY_LABELS[action.priority],
        action.dueDate ? escapeText(action.dueDate) : NONE,
        STATUS_LABELS[action.status],
        escapeText(action.doneCriterion) || NONE,
        action.trackerUrl ? autolink(action.trackerUrl) : NONE,
        linkedFactors(pm, action.factorIds),
      ]),
    ),
  ];
  if (setAside > 0) {
    blocks.push(
      `${count(setAside, 'action item', 'action items')} that the team decided against ` +
        `${setAside === 1 ? 'is' : 'are'} listed under “Considered but not doing”.`,
    );
  }
  return blocks;
}

function followUp(pm: PostMortem, carried: PostMortem['actions']): string[] {
  return [
    'Action items from earlier retros that were still open when this one began, and where they stand now.',
    table(
      ['Action', 'From', 'Kind', 'Owner', 'Due', 'Status', 'Done when'],
      carried.map((action) => [
        escapeText(action.title) || NONE,
        escapeText(action.carriedFrom?.title ?? '') || NONE,
        kindLabel(action.kind),
        escapeText(action.owner) || NONE,
        action.dueDate ? escapeText(action.dueDate) : NONE,
        action.status === 'not-doing' && action.reason
          ? `${STATUS_LABELS[action.status]}: ${escapeText(action.reason)}`
          : STATUS_LABELS[action.status],
        escapeText(action.doneCriterion) || NONE,
      ]),
    ),
  ];
}

function notDoing(pm: PostMortem): string[] {
  const setAside = pm.actions.filter((action) => action.status === 'not-doing');
  if (setAside.length === 0) return ['No action items were set aside.'];
  return [
    'Recorded so the same debate need not happen again.',
    table(
      ['Action', 'Kind', 'Owner', 'Why not', 'Linked factors'],
      setAside.map((action) => [
        escapeText(action.title) || NONE,
        kindLabel(action.kind),
        escapeText(action.owner) || NONE,
        escapeText(action.reason ?? '') || 'No reason given',
        linkedFactors(pm, action.factorIds),
      ]),
    ),
  ];
}

/** Linked factors by their (shortened) text, so the table reads without cross-references. */
function linkedFactors(pm: PostMortem, factorIds: readonly string[]): string {
  const factors = new Map(pm.factors.map((factor) => [factor.id, factor]));
  const texts = factorIds
    .filter((id) => factors.has(id))
    .map((id) => escapeText(shorten(oneLine(factors.get(id)!.text), 60)) || NONE);
  return texts.length > 0 ? texts.join('; ') : NONE;
}

function participation(pm: PostMortem): string[] {
  const p = pm.participation;
  return [
    'Counts only: this document never says who wrote or voted for what.',
    bullets([
      `Anonymous participants, the facilitator included: ${p.participants}`,
      `Timeline events: ${p.timelineCards}`,
      `Contributing factors (all prompts): ${p.factors}`,
      `Votes cast: ${p.votes === null ? 'not revealed (voting was never closed)' : p.votes}`,
      `Action items: ${p.actions}`,
      `Never revealed: ${count(p.hidden.timeline, 'timeline card')}, ${count(p.hidden.factors, 'factor')}`,
    ]),
  ];
}

function timesOf(pm: PostMortem): Record<Moment, number | null> {
  return momentTimes(pm.keyMoments, pm.retro);
}

function bullets(items: string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}

/** A GFM table; every cell must already be escaped (or be fixed text without `|`). */
function table(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A time from a warning: always readable when computed here, escaped all the same. */
function when(iso: string): string {
  return utcOr(iso, escapeText(iso));
}

function utcOr(iso: string | null, fallback: string): string {
  const text = formatUtc(iso);
  return text === null ? fallback : `${text} UTC`;
}
