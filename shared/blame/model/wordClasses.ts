/**
 * Word classes for the blame classifier. A bag of words learns the words of the incidents it
 * was trained on ("router", "payroll"); blame in another incident uses other words for the same
 * moves: a person, an act that went wrong, a judgement, hindsight, a consequence. Mapping words
 * to these classes lets what the model learns from "the tech deleted the volume" carry over to
 * "our contractor dropped the table".
 *
 * The lists are general English, written from the categories of blame in BLAMELESS.md, not
 * taken from labelled sentences. Lower case; verbs in their common inflections because the
 * classifier's stemmer is crude.
 */

/** Acts that go wrong when a person does them: the "did what" of blame. */
export const ERROR_VERBS = [
  'broke', 'break', 'broken', 'breaking', 'missed', 'miss', 'missing', 'forgot', 'forget', 'forgotten',
  'ignored', 'ignore', 'ignoring', 'skipped', 'skip', 'skipping', 'pushed', 'push', 'deployed',
  'deploy', 'shipped', 'ship', 'approved', 'approve', 'misconfigured', 'deleted', 'delete',
  'dropped', 'drop', 'wiped', 'erased', 'removed', 'overwrote', 'overwritten', 'typed', 'entered',
  'mistyped', 'fat-fingered', 'botched', 'bungled', 'messed', 'screwed', 'blew', 'rushed',
  'neglected', 'overlooked', 'bypassed', 'disabled', 'misread', 'mislabeled', 'mislabelled',
  'left', 'unplugged', 'pulled', 'ran', 'executed', 'triggered', 'caused', 'introduced',
  'applied', 'changed', 'edited', 'merged', 'committed', 'installed', 'uploaded', 'sent',
  'clicked', 'signed', 'rubber-stamped', 'allowed', 'let', 'failed', 'refused', 'declined',
  'sat', 'waved', 'cut', 'downplayed', 'hid', 'concealed', 'lied', 'misled', 'assumed',
];

/** Nouns for a person's slip, as in "the engineer's mistake". */
export const ERROR_NOUNS = [
  'mistake', 'error', 'slip', 'blunder', 'fault', 'oversight', 'negligence', 'carelessness',
  'incompetence', 'screw-up', 'screwup', 'goof', 'typo', 'lapse', 'misstep', 'failure',
  'recklessness', 'sloppiness', 'laziness', 'ignorance', 'stupidity',
];

/** Judgement of a person's character or competence, including insults. */
export const NEGATIVE_WORDS = [
  'careless', 'sloppy', 'lazy', 'stupid', 'dumb', 'idiot', 'idiots', 'idiotic', 'moron', 'morons',
  'clueless', 'incompetent', 'negligent', 'reckless', 'amateur', 'amateurs', 'amateurish',
  'clown', 'clowns', 'fool', 'fools', 'foolish', 'genius', 'brilliant', 'useless', 'hopeless',
  'inept', 'irresponsible', 'arrogant', 'rogue', 'cowboy', 'cowboys', 'unprofessional',
  'pathetic', 'ridiculous', 'absurd', 'embarrassing', 'shameful', 'disgraceful', 'unbelievable',
  'unacceptable', 'inexcusable', 'wtf', 'lol', 'naive', 'childish', 'unforgivable', 'cruel',
  'junk', 'predictable', 'inexperienced', 'untrained', 'unqualified', 'greedy', 'cheap', 'dishonest',
  'cover-up', 'excuse', 'excuses', 'joke', 'facepalm', 'yikes',
];

/** Minimising and insinuating adverbs: "all he had to do was simply …", "somehow nobody …". */
export const MINIMISING_WORDS = [
  'basic', 'obvious', 'obviously', 'simply', 'just', 'even', 'bothered', 'bother', 'apparently',
  'somehow', 'clearly', 'seriously', 'literally', 'honestly', 'surely', 'sure', 'trivial',
];

/** Hindsight and omission: what a person "should have" done. */
export const HINDSIGHT_WORDS = [
  'should', 'shouldn\'t', 'could', 'couldn\'t', 'would', 'ought', 'supposed', 'failed', 'fail',
  'neglected', 'forgot', 'bothered', 'instead', 'simply', 'merely', 'only',
];

/** What happens to a person afterwards: the consequence that names them as the cause. */
export const CONSEQUENCE_WORDS = [
  'fired', 'fire', 'firing', 'sacked', 'sack', 'dismissed', 'suspended', 'disciplined',
  'disciplinary', 'reprimanded', 'resigned', 'resignation', 'terminated', 'termination',
  'demoted', 'punished', 'punishment', 'blamed', 'blame', 'blames', 'accountable', 'responsible',
  'culprit', 'culprits', 'charged', 'arrested', 'apologised', 'apologized', 'apology',
  'retrained', 'retraining', 'warning', 'warned', 'replaced', 'removed', 'moved', 'go',
  'ousted', 'quit', 'stepped', 'step', 'jobless', 'escorted', 'fined', 'prosecuted', 'convicted',
  'sued', 'bonus', 'bonuses', 'pay', 'penalised', 'penalized', 'held', 'answer', 'owned', 'admitted',
];

/** Rejection of blame and negation: the same words read the other way after these. */
export const NEGATION_WORDS = [
  'not', 'no', 'never', 'nobody', 'none', 'nothing', 'neither', 'nor', 'without', 'rather',
  'instead', 'isn\'t', 'wasn\'t', 'aren\'t', 'weren\'t', 'don\'t', 'doesn\'t', 'didn\'t',
  'won\'t', 'can\'t', 'cannot', 'hardly', 'unfair', 'wrong',
];

/** Machines and processes: a sentence whose subject is one of these is usually not blame. */
export const SYSTEM_NOUNS = [
  'system', 'service', 'server', 'database', 'db', 'cluster', 'node', 'disk', 'network', 'router',
  'switch', 'load', 'balancer', 'cache', 'queue', 'job', 'pipeline', 'build', 'test', 'tests',
  'check', 'checks', 'alert', 'alerts', 'alarm', 'monitoring', 'dashboard', 'config',
  'configuration', 'script', 'tool', 'tooling', 'process', 'procedure', 'runbook', 'playbook',
  'deploy', 'deployment', 'release', 'rollout', 'rollback', 'migration', 'certificate', 'cert',
  'dns', 'api', 'app', 'application', 'software', 'code', 'bug', 'update', 'patch', 'upgrade',
  'version', 'feature', 'flag', 'setting', 'limit', 'timeout', 'retry', 'replica', 'backup',
  'storage', 'memory', 'cpu', 'power', 'hardware', 'firmware', 'datacenter', 'data', 'design',
  'architecture', 'safeguard', 'guardrail', 'automation', 'interface', 'ui', 'outage',
];
