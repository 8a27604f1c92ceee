/**
 * The closed vocabularies of a retro. Each list is the single source for the zod schemas,
 * the UI's pickers and the exporter, so adding a value here adds it everywhere.
 */

export const PHASES = ['setup', 'timeline', 'factors', 'voting', 'actions', 'review'] as const;
export type Phase = (typeof PHASES)[number];

export const PHASE_LABELS = {
  setup: 'Setup',
  timeline: 'Timeline',
  factors: 'Contributing factors',
  voting: 'Voting',
  actions: 'Action items',
  review: 'Review',
} as const satisfies Record<Phase, string>;

export const SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What each severity means, shown beside the picker and in the export header. */
export const SEVERITY_DEFINITIONS: Record<Severity, string> = {
  SEV1: 'Critical: a core service is down or data is at risk for many customers.',
  SEV2: 'Major: a key feature is unavailable or badly degraded for many customers.',
  SEV3: 'Minor: partial degradation, a workaround exists, or few customers are affected.',
  SEV4: 'Low: little or no customer impact; worth learning from.',
};

export const MARKERS = ['impact-start', 'detected', 'acknowledged', 'mitigated', 'resolved'] as const;
export type Marker = (typeof MARKERS)[number];

export const MARKER_LABELS: Record<Marker, string> = {
  'impact-start': 'Impact started',
  detected: 'Detected',
  acknowledged: 'Acknowledged',
  mitigated: 'Mitigated',
  resolved: 'Resolved',
};

export const CATEGORIES = [
  'process',
  'tooling',
  'monitoring',
  'communication',
  'documentation',
  'change-management',
  'capacity',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  process: 'Process',
  tooling: 'Tooling & automation',
  monitoring: 'Monitoring & detection',
  communication: 'Communication',
  documentation: 'Documentation & knowledge',
  'change-management': 'Change management',
  capacity: 'Capacity & dependencies',
  other: 'Other',
};

/** The facilitation prompts a contributing factor may answer (an addition to the contract). */
export const PROMPTS = ['hard', 'surprised', 'lucky'] as const;
export type Prompt = (typeof PROMPTS)[number];

export const PROMPT_LABELS: Record<Prompt, string> = {
  hard: 'What made this hard?',
  surprised: 'Why were we surprised?',
  lucky: 'Where did we get lucky?',
};

export const ACTION_KINDS = ['prevent', 'detect', 'mitigate', 'process', 'other'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const ACTION_KIND_LABELS: Record<ActionKind, string> = {
  prevent: 'Prevent — make it less likely',
  detect: 'Detect — notice sooner',
  mitigate: 'Mitigate — smaller or shorter impact',
  process: 'Process — response, review, communication',
  other: 'Other',
};

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const PRIORITY_LABELS: Record<Priority, string> = { high: 'High', medium: 'Medium', low: 'Low' };

/** Default due date offset per priority, in days (BLAMELESS.md §2). */
export const DEFAULT_DUE_DAYS: Record<Priority, number> = { high: 28, medium: 56, low: 84 };

export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'not-doing'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  'not-doing': 'Not doing',
};

export const ROLES = ['facilitator', 'participant'] as const;
export type Role = (typeof ROLES)[number];

/** Text limits from the contract. */
export const LIMITS = {
  cardText: 2000,
  title: 200,
  owner: 200,
  longText: 10000,
  url: 2000,
  timerSeconds: 86400,
  voteSetting: 100,
  /** Most cards one `timeline.import` may add (an import is one command, one version). */
  importCards: 200,
  /** Largest Socket.IO message the server accepts, in bytes. */
  messageBytes: 65536,
} as const;

export const DEFAULT_SETTINGS = { voteBudget: 5, maxVotesPerFactor: 3, privateWriting: true } as const;
