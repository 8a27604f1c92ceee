/**
 * Compiles the rule data (rulebook/rules.ts) into regular expressions, once per context.
 * Plain (non-unicode) regexes: they are several times faster in V8, and the phrase data is
 * English words.
 */
import type { CheckContext, Rule } from './types.ts';
import { MACROS, RULE_DATA, type PhraseSpec } from './rulebook/rules.ts';
import { PhraseFilter, requiredWords } from './prefilter.ts';

export interface CompiledPhrase {
  rule: Rule;
  spec: PhraseSpec;
  re: RegExp;
  notFollowedBy?: RegExp;
  notPrecededBy?: RegExp;
  cue?: RegExp;
}

function expand(source: string): string {
  let out = source;
  // macros may use macros; three passes are plenty
  for (let pass = 0; pass < 3 && out.includes('{'); pass++) {
    out = out.replace(/\{([A-Z_]+)\}/g, (whole, name: string) => MACROS[name] ?? whole);
  }
  // a space in the data means "any whitespace", and " ?" an optional one ("roll ?back")
  return out.replace(/ \?/g, String.raw`\s*`).replace(/ /g, String.raw`\s+`);
}

/** Wraps a phrase so it only matches whole words ("fired" not "misfired", "PIP" not "PIPE"). */
function wholeWords(source: string): string {
  return String.raw`(?<![\w@-])(?:${source})(?![\w])`;
}

export interface CompiledRules {
  phrases: CompiledPhrase[];
  /** Which phrases may match a text at all (prefilter.ts). */
  filter: PhraseFilter;
}

const cache = new Map<CheckContext, CompiledRules>();

export function compiledRules(context: CheckContext): CompiledRules {
  const hit = cache.get(context);
  if (hit) return hit;
  const phrases: CompiledPhrase[] = [];
  for (const [rule, data] of Object.entries(RULE_DATA) as Array<[Rule, (typeof RULE_DATA)[Rule]]>) {
    for (const spec of data.phrases) {
      if (spec.contexts && !spec.contexts.includes(context)) continue;
      // d: group offsets for the 'actor' and 'verb' tests
      const flags = spec.caseSensitive ? 'dg' : 'dgi';
      phrases.push({
        rule,
        spec,
        re: new RegExp(wholeWords(expand(spec.re)), flags),
        notFollowedBy: spec.notFollowedBy ? new RegExp(String.raw`^\s*(?:${expand(spec.notFollowedBy)})`, 'i') : undefined,
        notPrecededBy: spec.notPrecededBy ? new RegExp(String.raw`(?:${expand(spec.notPrecededBy)})\s*$`, 'i') : undefined,
        cue: spec.cue ? new RegExp(expand(spec.cue), 'i') : undefined,
      });
    }
  }
  const compiled = { phrases, filter: new PhraseFilter(phrases.map((p) => requiredWords(p.re.source))) };
  cache.set(context, compiled);
  return compiled;
}
