/**
 * The blame-language checker (BLAMELESS.md §1–2). Pure and browser-safe.
 *
 *   check("Sam failed to check the dashboard", { context: 'card' })
 *   → [{ rule: 'failed-to', severity: 'hint', start: 4, end: 13, message, suggestion }]
 *
 * Pipeline: normalise quotes → phrase regexes over the whole text (most text has no match
 * and stops here) → sentences → conditions per match, tagging a sentence only if a match
 * needs to know who acts → drop mentions (and quoted slip labels) → drop the hints of sentences
 * the classifier reads as plainly blameless → the classifier on sentences no phrase flagged →
 * in prose, drop the slips a closing verdict on the system answers → drop superseded and
 * overlapping findings → severity.
 */
import type { CheckContext, Finding, Rule } from './types.ts';
import { RULE_DATA, RULE_ORDER } from './rulebook/rules.ts';
import { evaluate, findCandidates, type RawFinding } from './match.ts';
import { splitSentences, type Sentence } from './nlp.ts';
import { compiledRules } from './patterns.ts';
import { discussesBlame, findQuotes, holdsDiscussionFrame, mentionSpans, quotedSlipLabel, supportsPeople, within } from './quotes.ts';
import { mayDirectSomeone, personDirected, personOwner, vagueAction, vocativeQuestion } from './special.ts';
import { prepareClassifier, readsAsBlame, vetoesHints, type BlameModel } from './model/classifier.ts';
import { answeredBySystemVerdict } from './systemVerdict.ts';
import { opensWithAttacker } from './outsiders.ts';

export interface CheckOptions {
  context: CheckContext;
  /**
   * The blame classifier for sentences no phrase rule flags: the shipped one by default;
   * `null` for the phrase rules alone (the training script compares both).
   */
  model?: BlameModel | null;
}

/** Rules that block an action item: the only `error`s the checker produces. */
const BLOCKING: ReadonlySet<Rule> = new Set<Rule>(['person-owner', 'person-fix']);

/**
 * Same length as the input, so offsets stay valid: curly quotes and apostrophes become
 * straight ones, which is all the phrase data is written for.
 */
function normalise(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d\u201e]/g, '"');
}

/**
 * Compiles the rules for a context and reads the classifier's table ahead of the first check:
 * working out each phrase's words (prefilter.ts) takes a few hundred milliseconds once, and
 * reading the table about 50 ms, which a server would otherwise spend on its first action item,
 * holding every room.
 */
export function prepareChecker(context: CheckContext): void {
  compiledRules(context);
  prepareClassifier();
}

export function check(text: string, options: CheckOptions): Finding[] {
  const { context } = options;
  if (!text || !text.trim()) return [];
  const norm = normalise(text);
  const raw: RawFinding[] = [];

  if (context === 'owner') {
    raw.push(...personOwner(norm, splitSentences(norm), 'owner'));
    return finish(raw, context);
  }

  const candidates = findCandidates(norm, compiledRules(context));
  const mayAskSomeone = norm.includes('?');
  const useModel = options.model !== null;
  const mayDirect = context !== 'action' && mayDirectSomeone(norm);
  if (candidates.length === 0 && !mayAskSomeone && !mayDirect && context !== 'action' && !useModel) return [];

  const sentences = splitSentences(norm);
  const quotes = findQuotes(norm);
  const mentions = mentionSpans(norm, quotes);
  raw.push(...evaluate(candidates, sentences, mentions));
  if (mayAskSomeone) {
    for (const sentence of sentences) if (sentence.text.includes('?')) raw.push(...vocativeQuestion(sentence));
  }
  if (context === 'action') {
    raw.push(...personOwner(norm, sentences, 'action'));
    raw.push(...vagueAction(norm));
  } else if (mayDirect) {
    raw.push(...personDirected(norm, sentences));
  }
  let findings = raw.filter((f) => !within(f, mentions) && !(f.rule === 'human-error' && quotedSlipLabel(norm, quotes, f)));
  if (useModel) {
    const blameless = new Set<Sentence>();
    findings = withoutVetoedHints(sentences, findings, context, blameless, options.model ?? undefined);
    findings.push(...modelFindings(sentences, findings, blameless, options.model ?? undefined));
  }
  // Prose only: a card or an action item is one statement, and an action item that names a
  // person is refused whatever follows it.
  return finish(context === 'document' ? answeredBySystemVerdict(norm, findings) : findings, context);
}

/**
 * Drops the phrase rules' hints in a sentence the classifier reads as plainly blameless. On
 * writers nobody had read, this took off about one false positive in six for one catch in a
 * thousand. What refuses an action item stays whatever the model says: an action item that
 * names a person as owner or target is refused whatever its wording, and no model overrules that.
 */
function withoutVetoedHints(
  sentences: Sentence[], findings: RawFinding[], context: CheckContext, blameless: Set<Sentence>, model?: BlameModel,
): RawFinding[] {
  const refuses = (f: RawFinding) => (context === 'action' || context === 'owner') && (BLOCKING.has(f.rule) || f.rule === 'punishment');
  const read = new Set<Sentence>();
  return findings.filter((f) => {
    // "root cause" and vague verbs are about the analysis, not a person: the classifier has no say
    if (f.rule === 'vague-action' || f.rule === 'single-cause' || refuses(f)) return true;
    const sentence = sentences.find((s) => f.start >= s.start && f.start < s.end);
    if (!sentence) return true;
    if (!read.has(sentence)) {
      read.add(sentence);
      if (vetoesHints(sentence.text, model)) blameless.add(sentence);
    }
    return !blameless.has(sentence);
  });
}

/**
 * The classifier's reading of each sentence no phrase rule has flagged: blame framing that
 * has no keyword (judgement, attribution in reported speech, sarcasm). Always a hint.
 */
function modelFindings(sentences: Sentence[], found: RawFinding[], blameless: ReadonlySet<Sentence>, model?: BlameModel): RawFinding[] {
  const out: RawFinding[] = [];
  for (const sentence of sentences) {
    // already read, and plainly blameless (the veto): no need to read it again
    if (blameless.has(sentence)) continue;
    const flagged = found.some((f) => f.rule !== 'vague-action' && f.start < sentence.end && sentence.start < f.end);
    // no blame is placed where it is argued against ("Firing the person who pushed it just
    // guarantees …"), put up for discussion ("asked whether …"), where people are praised, or
    // where the actor is an attacker
    const text = sentence.text;
    if (flagged || discussesBlame(text) || holdsDiscussionFrame(text) || supportsPeople(text) || opensWithAttacker(text) || !readsAsBlame(text, model)) continue;
    const lead = sentence.text.length - sentence.text.trimStart().length;
    const start = sentence.start + lead;
    const end = sentence.start + sentence.text.trimEnd().length;
    if (end > start) out.push({ rule: 'blame-framing', start, end, message: RULE_DATA['blame-framing'].message });
  }
  return out;
}

function finish(raw: RawFinding[], context: CheckContext): Finding[] {
  let findings = raw;
  // In an action item a punishment *is* the fix being proposed: a person-level fix.
  if (context === 'action' || context === 'owner') {
    findings = findings.map((f) =>
      f.rule === 'punishment' ? { ...f, rule: 'person-fix' as const } : f,
    );
  }
  findings = dropSuperseded(findings);
  findings = dropOverlaps(findings);
  return findings
    .sort((a, b) => a.start - b.start || RULE_ORDER.indexOf(a.rule) - RULE_ORDER.indexOf(b.rule))
    .map((f) => ({
      rule: f.rule,
      severity: (context === 'action' || context === 'owner') && BLOCKING.has(f.rule) ? 'error' : 'hint',
      start: f.start,
      end: f.end,
      message: f.message,
      suggestion: RULE_DATA[f.rule].suggestion,
    }));
}

const overlaps = (a: RawFinding, b: RawFinding) => a.start < b.end && b.start < a.end;

/** A more specific reading wins: "should have known" is hindsight, not also counterfactual. */
function dropSuperseded(findings: RawFinding[]): RawFinding[] {
  return findings.filter(
    (f) => !findings.some((g) => g !== f && g.supersedes?.includes(f.rule) && overlaps(f, g)),
  );
}

/** One finding per rule per stretch of text: keep the longest of overlapping same-rule matches. */
function dropOverlaps(findings: RawFinding[]): RawFinding[] {
  const sorted = [...findings].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: RawFinding[] = [];
  for (const f of sorted) {
    if (!kept.some((k) => k.rule === f.rule && overlaps(k, f))) kept.push(f);
  }
  return kept;
}
