import fc from 'fast-check';
import type { z } from 'zod';
import type { RetroState } from '../../shared/domain/state.ts';
import { CommandSchema, type CommandInput } from '../../shared/protocol/commands.ts';

/**
 * Random commands generated from the command schemas themselves, so a new command or field is
 * covered by the property tests without anyone remembering to add it. Ids cannot be chosen
 * before the retro exists, so id fields are generated as references ("the n-th card") and
 * resolved against the state at the moment the command runs; a reference past the end names
 * an id that does not exist, which the rules must refuse.
 */

/** Which collection an id field points into. */
const ID_FIELDS: Record<string, 'timeline' | 'factors' | 'actions'> = {
  cardId: 'timeline',
  timelineCardIds: 'timeline',
  factorId: 'factors',
  sourceId: 'factors',
  targetId: 'factors',
  factorIds: 'factors',
  actionId: 'actions',
};

/** Values for fields whose schema checks a format (times, URLs, dates) or a range. */
const FORMATTED: Record<string, fc.Arbitrary<unknown>> = {
  at: fc.integer({ min: 0, max: 90 }).map((m) => new Date(Date.UTC(2026, 10, 20, 14, m)).toISOString()),
  impactStart: fc.constantFrom('2026-11-20T14:00:00.000Z', '2026-11-20T14:30:00.000Z'),
  impactEnd: fc.constantFrom('2026-11-20T15:00:00.000Z', '2026-11-20T14:10:00.000Z'),
  evidenceUrl: fc.constantFrom('https://grafana.example.com/d/1', 'http://logs.example/a?b=c'),
  trackerUrl: fc.constantFrom('https://tracker.example/T-1'),
  dueDate: fc.constantFrom('2026-12-01', '2027-01-15'),
  timeZone: fc.constantFrom('UTC', 'Europe/Berlin', 'America/Sao_Paulo'),
  seconds: fc.integer({ min: 1, max: 600 }),
  voteBudget: fc.integer({ min: 1, max: 6 }),
  maxVotesPerFactor: fc.integer({ min: 1, max: 3 }),
  // Work for a team, so the blame rules do not refuse every action item.
  owner: fc.constantFrom('SRE team', 'Payments on-call'),
  title: fc.constantFrom('Add a canary stage', 'Alert on pool saturation'),
  // Mostly the phases where cards and votes change; review (everything frozen) now and then.
  phase: fc.constantFrom('timeline', 'factors', 'voting', 'voting', 'actions', 'review'),
};

export interface IdRef {
  ref: 'timeline' | 'factors' | 'actions';
  n: number;
}

type Template = Record<string, unknown>;

function arbitraryFor(name: string, schema: z.ZodType): fc.Arbitrary<unknown> {
  const def = schema._zod.def as unknown as Record<string, any>;
  if (def.type === 'optional') return fc.option(arbitraryFor(name, def.innerType), { nil: undefined });
  if (def.type === 'nullable') return fc.option(arbitraryFor(name, def.innerType), { nil: null, freq: 4 });
  if (FORMATTED[name]) return FORMATTED[name];
  switch (def.type) {
    case 'literal':
      return fc.constant(def.values[0]);
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
    case 'boolean':
      return fc.boolean();
    case 'object':
      return fc.record(Object.fromEntries(Object.entries(def.shape as Record<string, z.ZodType>).map(([key, value]) => [key, arbitraryFor(key, value)])));
    case 'array':
      // Lists of ids are references; lists of values (an import's cards) are generated whole.
      return ID_FIELDS[name] ? fc.array(idRef(name), { maxLength: 3 }) : fc.array(arbitraryFor(name, def.element), { minLength: 1, maxLength: 4 });
  }
  if (ID_FIELDS[name]) return idRef(name);
  if (def.type === 'string' || def.type === 'pipe') return fc.constantFrom('Deploy 42 started', 'Errors rise', 'No canary stage');
  throw new Error(`no generator for field ${name} (${def.type}): add one to tests/support/commandArbitrary.ts`);
}

function idRef(name: string): fc.Arbitrary<IdRef> {
  const ref = ID_FIELDS[name];
  if (!ref) throw new Error(`${name} is not an id field`);
  return fc.nat(3).map((n) => ({ ref, n }));
}

/**
 * More of the commands that make later steps interesting: reveals are where payloads split
 * between authors and everyone else, and votes need factors and the voting phase.
 */
const WEIGHTS: Record<string, number> = { 'cards.reveal': 3, 'timeline.add': 3, 'factor.add': 3, 'vote.cast': 6, 'vote.retract': 2, 'factor.merge': 2, 'phase.set': 6 };

/** Every command the domain decides, each from its own schema (readiness is presence, not a rule). */
export const commandTemplate: fc.Arbitrary<Template> = fc.oneof(
  ...CommandSchema.options
    .filter((option) => option.shape.type.value !== 'participant.ready')
    .map((option) => ({
      weight: WEIGHTS[option.shape.type.value] ?? 1,
      arbitrary: fc.record(
        Object.fromEntries(
          Object.entries(option.shape as Record<string, z.ZodType>)
            .filter(([key]) => key !== 'id')
            .map(([key, value]) => [key, arbitraryFor(key, value)]),
        ),
      ),
    })),
);

function isRef(value: unknown): value is IdRef {
  return typeof value === 'object' && value !== null && 'ref' in value && 'n' in value;
}

/** The command a template stands for in `state`: references become ids, undefined fields go. */
export function resolveCommand(template: Template, state: RetroState): Omit<CommandInput, 'id'> {
  const resolve = (value: unknown): unknown => {
    if (isRef(value)) return Object.keys(state[value.ref])[value.n] ?? `missing-${value.n}`;
    if (Array.isArray(value)) return value.map(resolve);
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, resolve(v)]));
    }
    return value;
  };
  return resolve(template) as Omit<CommandInput, 'id'>;
}
