import type { List, PhrasingContent, RootContent } from 'mdast';
import { CATEGORY_LABELS, MARKERS, MARKER_LABELS, PROMPT_LABELS, SEVERITY_DEFINITIONS, type Prompt } from '../domain/values.ts';
import { oneLine } from './userText.ts';
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
import { bullets, heading, item, labelled, line, list, paragraph, paragraphs, serialise, strong, table, text, urlOr, type Cell } from './mdast.ts';
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
 * nothing was forgotten. The document is built as an mdast syntax tree (mdast.ts) and serialised
 * by mdast-util-to-markdown + mdast-util-gfm, so user text sits in text nodes as typed and the
 * library escapes it for where it lands: no typed character can make a heading, list, table
 * cell, link or HTML. The only links are autolinks to http(s) URLs. Deterministic: the output
 * depends on `pm` alone (no clock, no locale).
 *
 * Speed: building the tree and serialising it costs more than the string concatenation this
 * replaced. With bench/micro.ts's 2,000-card retro (ten times a large real retro, every card
 * with a `|` to escape), p50 of 20 runs on a 2-core machine with other work on it: the plain
 * tree 80–130 ms; without table alignment about 5 ms less; returning plain text (times, labels,
 * `—`: three cells in four) as it is, because no unsafe pattern can match in it (mdast.ts, held
 * to the library's own output by a property test), 34–52 ms. The rest is the library's escaping
 * of each typed text and its bookkeeping per cell (profile: `phrasing`, `safe`, `safeBound`).
 * The hand-written serialiser took 5–8 ms, but it was a second escaper to keep right; escaping
 * that holds by construction is worth more than 40 ms once per download of an extreme retro.
 * The export's target is therefore under 100 ms for 2,000 cards (`npm run bench`); a retro of
 * 200 cards takes 5–11 ms on the same busy machine.
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
  return serialise([
    ...header(pm),
    ...section('Ground rules', groundRules()),
    ...section('Summary', paragraphsOr(pm.retro.summary, 'No summary was written.')),
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
      plain('No open questions were recorded in the retro. Add any that remain here before publishing.'),
    ]),
    ...section('Participation', participation(pm)),
  ]);
}

function section(name: (typeof SECTION_HEADINGS)[number] | typeof FOLLOW_UP_HEADING, body: RootContent[]): RootContent[] {
  return [heading(2, text(name)), ...body];
}

function plain(value: string): RootContent {
  return paragraph(text(value));
}

/** User text as paragraphs, or one line saying that nothing was written. */
function paragraphsOr(value: string, none: string): RootContent[] {
  const written = paragraphs(value);
  return written.length > 0 ? written : [plain(none)];
}

function header(pm: PostMortem): RootContent[] {
  const { retro } = pm;
  const severity = retro.severity ? `${retro.severity} — ${SEVERITY_DEFINITIONS[retro.severity]}` : 'Not set';
  const status =
    retro.phase === 'review' ? 'Reviewed' : `Draft (the retro is in its ${PHASE_LABELS[retro.phase]} phase)`;
  return [
    heading(1, line(retro.title, 'Untitled retro')),
    bullets([
      labelled('Date:', formatUtcDate(pm.createdAt) ?? 'Unknown'),
      labelled('Severity:', severity),
      labelled('Status:', status),
      labelled('Participants:', `${count(pm.participation.participants, 'anonymous participant')}, the facilitator included`),
    ]),
  ];
}

function groundRules(): RootContent[] {
  return [
    plain(
      'This is a blameless review. It looks for how the system — its tools, signals, processes and ' +
        'pressures — made each action reasonable at the time it was taken, not for culprits. Nobody is ' +
        'named: contributions were collected anonymously, and action items belong to teams or roles, ' +
        'never to individuals.',
    ),
  ];
}

function impact(pm: PostMortem): RootContent[] {
  const { retro, durations } = pm;
  return [
    ...paragraphsOr(retro.customerImpact, 'Customer impact was not described.'),
    bullets([
      labelled('Impact started:', utcOr(retro.impactStart, 'Not recorded')),
      labelled('Impact ended:', utcOr(retro.impactEnd, 'Not recorded')),
      labelled('Duration:', durationText(durations.totalImpact, timesOf(pm))),
    ]),
  ];
}

function keyMoments(pm: PostMortem): RootContent[] {
  const cards = new Map(pm.timeline.map((card) => [card.id, card]));
  const warnings = pm.warnings.map((warning) =>
    paragraph(
      ...labelled(
        'Warning:',
        warning.first === 'impact-window-start'
          ? `the impact window ends (${when(warning.secondAt)}) before it starts ` +
              `(${when(warning.firstAt)}). Check the impact window: the total impact is not computed.`
          : `${MOMENT_LABELS[warning.second]} (${when(warning.secondAt)}) is earlier than ` +
              `${MOMENT_LABELS[warning.first]} (${when(warning.firstAt)}). Check these timeline markers: ` +
              'durations that would come out negative are not computed.',
      ),
    ),
  );
  const moments = table(
    ['Moment', 'Time (UTC)', 'Timeline event'],
    MARKERS.map((marker) => {
      const moment = pm.keyMoments[marker];
      const card = moment ? cards.get(moment.cardId) : undefined;
      if (!moment || !card) return [MARKER_LABELS[marker], NONE, 'No timeline card has this marker.'];
      return [MARKER_LABELS[marker], formatUtc(moment.at) ?? 'No time given', oneLine(card.text) || NONE];
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

function timeline(pm: PostMortem): RootContent[] {
  const blocks: RootContent[] =
    pm.timeline.length === 0
      ? [plain('No timeline events were recorded.')]
      : [
          table(
            ['Time (UTC)', 'Event', 'Marker', 'Evidence'],
            pm.timeline.map((card): Cell[] => [
              formatUtc(card.at) ?? NONE,
              oneLine(card.text) || NONE,
              card.marker ? MARKER_LABELS[card.marker] : NONE,
              urlOr(card.evidenceUrl, NONE),
            ]),
          ),
        ];
  const hidden = pm.participation.hidden.timeline;
  if (hidden > 0) blocks.push(plain(neverRevealed(hidden, 'timeline card')));
  return blocks;
}

function contributingFactors(pm: PostMortem): RootContent[] {
  const factors = pm.factors.filter((factor) => factor.prompt !== 'surprised' && factor.prompt !== 'lucky');
  const blocks: RootContent[] = [
    plain(
      pm.votesRevealed
        ? `Ranked by votes (${count(pm.participation.votes ?? 0, 'vote')} cast in all); ties keep the order ` +
            'in which the factors were written. Surprises and lucky breaks follow in their own sections.'
        : 'Votes have not been revealed (voting was never closed), so factors are listed in the order ' +
            'in which they were written. Surprises and lucky breaks follow in their own sections.',
    ),
    factors.length > 0 ? factorList(pm, factors) : plain('No contributing factors were recorded.'),
  ];
  const hidden = pm.participation.hidden.factors;
  if (hidden > 0) blocks.push(plain(neverRevealed(hidden, 'factor')));
  return blocks;
}

function neverRevealed(n: number, what: string): string {
  return n === 1
    ? `1 ${what} was written privately and never revealed, so it is not part of this review.`
    : `${n} ${what}s were written privately and never revealed, so they are not part of this review.`;
}

function promptAnswers(pm: PostMortem, prompt: Prompt): RootContent[] {
  const factors = pm.factors.filter((factor) => factor.prompt === prompt);
  if (factors.length === 0) return [plain(`No answers to “${PROMPT_LABELS[prompt]}” were recorded.`)];
  const order = pm.votesRevealed ? 'ranked by votes' : 'in the order they were written';
  return [plain(`Answers to “${PROMPT_LABELS[prompt]}”, ${order}.`), factorList(pm, factors)];
}

/** A numbered list, one item per factor, with its category, votes and linked timeline events nested. */
function factorList(pm: PostMortem, factors: readonly PostMortemFactor[]): List {
  const cards = new Map(pm.timeline.map((card) => [card.id, card]));
  const order = new Map(pm.timeline.map((card, index) => [card.id, index]));
  return list(
    factors.map((factor) => {
      const linked = factor.timelineCardIds
        .filter((id) => cards.has(id))
        .sort((a, b) => order.get(a)! - order.get(b)!)
        .map((id) => {
          const card = cards.get(id)!;
          return item(paragraph(text(`${formatUtc(card.at) ?? 'No time given'} — ${oneLine(card.text) || NONE}`)));
        });
      const details = [item(paragraph(text(`Category: ${CATEGORY_LABELS[factor.category]}`)))];
      if (factor.votes !== null) details.push(item(paragraph(text(`Votes: ${factor.votes}`))));
      details.push(
        linked.length > 0
          ? item(paragraph(text('Linked timeline events:')), list(linked))
          : item(paragraph(text('Linked timeline events: none'))),
      );
      return item(paragraph(line(factor.text, NONE)), list(details));
    }),
    true,
  );
}

function actionItems(pm: PostMortem): RootContent[] {
  const planned = pm.actions.filter((action) => action.status !== 'not-doing');
  const setAside = pm.actions.length - planned.length;
  if (planned.length === 0) {
    return [
      plain(
        setAside > 0
          ? 'No action items are planned: the ones considered are listed under “Considered but not doing”.'
          : 'No action items were recorded.',
      ),
    ];
  }
  const blocks: RootContent[] = [
    table(
      ['Action', 'Kind', 'Owner', 'Priority', 'Due', 'Status', 'Done when', 'Tracker', 'Linked factors'],
      planned.map((action): Cell[] => [
        oneLine(action.title) || NONE,
        kindLabel(action.kind),
        oneLine(action.owner) || NONE,
        PRIORITY_LABELS[action.priority],
        action.dueDate ? oneLine(action.dueDate) : NONE,
        STATUS_LABELS[action.status],
        oneLine(action.doneCriterion) || NONE,
        urlOr(action.trackerUrl, NONE),
        linkedFactors(pm, action.factorIds),
      ]),
    ),
  ];
  if (setAside > 0) {
    blocks.push(
      plain(
        `${count(setAside, 'action item', 'action items')} that the team decided against ` +
          `${setAside === 1 ? 'is' : 'are'} listed under “Considered but not doing”.`,
      ),
    );
  }
  return blocks;
}

function followUp(pm: PostMortem, carried: PostMortem['actions']): RootContent[] {
  return [
    plain('Action items from earlier retros that were still open when this one began, and where they stand now.'),
    table(
      ['Action', 'From', 'Kind', 'Owner', 'Due', 'Status', 'Done when'],
      carried.map((action) => [
        oneLine(action.title) || NONE,
        oneLine(action.carriedFrom?.title ?? '') || NONE,
        kindLabel(action.kind),
        oneLine(action.owner) || NONE,
        action.dueDate ? oneLine(action.dueDate) : NONE,
        action.status === 'not-doing' && action.reason
          ? `${STATUS_LABELS[action.status]}: ${oneLine(action.reason)}`
          : STATUS_LABELS[action.status],
        oneLine(action.doneCriterion) || NONE,
      ]),
    ),
  ];
}

function notDoing(pm: PostMortem): RootContent[] {
  const setAside = pm.actions.filter((action) => action.status === 'not-doing');
  if (setAside.length === 0) return [plain('No action items were set aside.')];
  return [
    plain('Recorded so the same debate need not happen again.'),
    table(
      ['Action', 'Kind', 'Owner', 'Why not', 'Linked factors'],
      setAside.map((action) => [
        oneLine(action.title) || NONE,
        kindLabel(action.kind),
        oneLine(action.owner) || NONE,
        oneLine(action.reason ?? '') || 'No reason given',
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
    .map((id) => shorten(oneLine(factors.get(id)!.text), 60) || NONE);
  return texts.length > 0 ? texts.join('; ') : NONE;
}

function participation(pm: PostMortem): RootContent[] {
  const p = pm.participation;
  return [
    plain('Counts only: this document never says who wrote or voted for what.'),
    bullets(
      [
        `Anonymous participants, the facilitator included: ${p.participants}`,
        `Timeline events: ${p.timelineCards}`,
        `Contributing factors (all prompts): ${p.factors}`,
        `Votes cast: ${p.votes === null ? 'not revealed (voting was never closed)' : p.votes}`,
        `Action items: ${p.actions}`,
        `Never revealed: ${count(p.hidden.timeline, 'timeline card')}, ${count(p.hidden.factors, 'factor')}`,
      ].map((value) => [text(value)]),
    ),
  ];
}

function timesOf(pm: PostMortem): Record<Moment, number | null> {
  return momentTimes(pm.keyMoments, pm.retro);
}

/** A time from a warning: always readable when computed here, shown as stored otherwise. */
function when(iso: string): string {
  return utcOr(iso, iso);
}

function utcOr(iso: string | null, fallback: string): string {
  const text = formatUtc(iso);
  return text === null ? fallback : `${text} UTC`;
}
