import { z } from 'zod';
import {
  ACTION_KINDS,
  ACTION_STATUSES,
  CATEGORIES,
  LIMITS,
  MARKERS,
  PHASES,
  PRIORITIES,
  PROMPTS,
  SEVERITIES,
} from '../domain/values.ts';
import { isTimeZone } from '../import/timeZone.ts';

/**
 * Every command a client may send, as zod schemas. These are the edge of the system: the
 * server parses each incoming payload with `CommandSchema` and nothing unparsed reaches the
 * domain. Field names and values follow docs/CONTRACT (public surface: add, never rename).
 */

/** Required text: trimmed, not empty, at most `max` characters. */
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`);

/** Optional free text that may be empty (summary, done criterion). */
const freeText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

const url = z
  .string()
  .trim()
  .max(LIMITS.url, `must be at most ${LIMITS.url} characters`)
  .refine((value) => {
    try {
      const parsed = new URL(value);
      return parsed.protocol === 'http:' || parsed.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an http or https URL')
  // Stored normalised (spaces and the like percent-encoded), so no consumer meets a raw one;
  // the length limit applies to what is stored.
  .transform((value) => new URL(value).href)
  .pipe(z.string().max(LIMITS.url, `must be at most ${LIMITS.url} characters`));

/** ISO 8601 in UTC, normalised to the `Date#toISOString` form so times sort as strings. */
const isoTime = z.iso
  .datetime({ offset: true, message: 'must be an ISO 8601 time' })
  .transform((value) => new Date(value).toISOString());

const isoDate = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });

const entityId = z.string().min(1).max(64);
const idList = z.array(entityId).max(500);

/** A client-chosen command id: a retry with the same id is applied once. */
export const CommandIdSchema = z.string().min(1).max(64);

const settings = z
  .object({
    voteBudget: z.number().int().min(1).max(LIMITS.voteSetting),
    maxVotesPerFactor: z.number().int().min(1).max(LIMITS.voteSetting),
    privateWriting: z.boolean(),
  })
  .partial();

const command = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ id: CommandIdSchema, type: z.literal(type), ...shape });

const actionFields = {
  title: text(LIMITS.title),
  kind: z.enum(ACTION_KINDS),
  owner: text(LIMITS.owner),
  priority: z.enum(PRIORITIES),
  dueDate: isoDate.nullable(),
  doneCriterion: freeText(LIMITS.cardText),
  factorIds: idList,
  trackerUrl: url.nullable(),
};

/** A timeline card's fields as `timeline.add` takes them; `timeline.import` takes a list of these. */
const timelineCardFields = {
  text: text(LIMITS.cardText),
  at: isoTime.nullable().optional(),
  marker: z.enum(MARKERS).nullable().optional(),
  evidenceUrl: url.nullable().optional(),
};

export const CommandSchema = z.discriminatedUnion('type', [
  command('retro.update', {
    title: text(LIMITS.title).optional(),
    summary: freeText(LIMITS.longText).optional(),
    severity: z.enum(SEVERITIES).nullable().optional(),
    customerImpact: freeText(LIMITS.longText).optional(),
    impactStart: isoTime.nullable().optional(),
    impactEnd: isoTime.nullable().optional(),
    timeZone: z.string().trim().max(64).refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin').nullable().optional(),
    settings: settings.optional(),
  }),
  command('phase.set', { phase: z.enum(PHASES) }),
  command('timer.start', { seconds: z.number().int().min(1).max(LIMITS.timerSeconds) }),
  command('timer.stop', {}),
  command('cards.reveal', {}),
  command('timeline.add', timelineCardFields),
  // All or nothing: one bad card fails the whole parse, so nothing of the import is applied.
  command('timeline.import', {
    cards: z
      .array(z.object(timelineCardFields))
      .min(1, 'must have at least one card')
      .max(LIMITS.importCards, `must have at most ${LIMITS.importCards} cards`),
  }),
  command('timeline.edit', {
    cardId: entityId,
    text: text(LIMITS.cardText).optional(),
    at: isoTime.nullable().optional(),
    marker: z.enum(MARKERS).nullable().optional(),
    evidenceUrl: url.nullable().optional(),
  }),
  command('timeline.remove', { cardId: entityId }),
  command('factor.add', {
    text: text(LIMITS.cardText),
    category: z.enum(CATEGORIES),
    timelineCardIds: idList.optional(),
    prompt: z.enum(PROMPTS).nullable().optional(),
  }),
  command('factor.edit', {
    factorId: entityId,
    text: text(LIMITS.cardText).optional(),
    category: z.enum(CATEGORIES).optional(),
    timelineCardIds: idList.optional(),
    prompt: z.enum(PROMPTS).nullable().optional(),
  }),
  command('factor.remove', { factorId: entityId }),
  command('factor.merge', { sourceId: entityId, targetId: entityId }),
  command('vote.cast', { factorId: entityId }),
  command('vote.retract', { factorId: entityId }),
  command('participant.ready', { ready: z.boolean() }),
  command('action.add', {
    ...actionFields,
    dueDate: actionFields.dueDate.optional(),
    doneCriterion: actionFields.doneCriterion.optional(),
    factorIds: actionFields.factorIds.optional(),
    trackerUrl: actionFields.trackerUrl.optional(),
  }),
  command('action.edit', {
    actionId: entityId,
    title: actionFields.title.optional(),
    kind: actionFields.kind.optional(),
    owner: actionFields.owner.optional(),
    priority: actionFields.priority.optional(),
    dueDate: actionFields.dueDate.optional(),
    doneCriterion: actionFields.doneCriterion.optional(),
    factorIds: actionFields.factorIds.optional(),
    trackerUrl: actionFields.trackerUrl.optional(),
  }),
  command('action.remove', { actionId: entityId }),
  command('action.status', {
    actionId: entityId,
    status: z.enum(ACTION_STATUSES),
    reason: freeText(LIMITS.cardText).optional(),
  }),
]);

export type Command = z.infer<typeof CommandSchema>;
export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;
/** What a client sends: a command before the server has parsed and normalised it. */
export type CommandInput = z.input<typeof CommandSchema>;

/** Commands only the facilitator may send. */
export const FACILITATOR_COMMANDS: ReadonlySet<CommandType> = new Set([
  'retro.update',
  'phase.set',
  'timer.start',
  'timer.stop',
  'cards.reveal',
  'factor.merge',
  'action.remove',
  'action.status',
]);

export const COMMAND_TYPES = CommandSchema.options.map((option) => option.shape.type.value);
