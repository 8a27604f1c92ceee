/**
 * Word lists the checker uses to decide who a sentence is about. Plain data: extend freely.
 * All entries are lower case; nouns are listed in the singular (a trailing "s" is stripped
 * before lookup, so "engineers" matches "engineer").
 */

/** Personal pronouns that make their referent a person (BLAMELESS.md §1: "a human target"). */
export const PERSON_PRONOUNS = [
  'he', 'she', 'him', 'her', 'they', 'them', 'you', 'himself', 'herself', 'themselves', 'yourself',
  // relative "who" always refers to people ("a QA person who was supposed to test it")
  'who', 'whom', 'whoever', 'whomever', 'someone', 'somebody',
];

/** Possessive determiners that point at a person ("his mistake", "their failure to …"). */
export const PERSON_POSSESSIVES = ['his', 'her', 'their', 'your', 'my'];

/** First person singular: self-blame still blames a person ("i messed up"). */
export const SELF_PRONOUNS = ['i', 'me', 'myself'];

/**
 * "We" is the organisation speaking for itself, the blameless convention ("we mistakenly sent
 * a test email"). Rules only count it when they say so (e.g. "we should have …").
 */
export const WE_PRONOUNS = ['we', 'us', 'ourselves'];

/** People in general: not a target ("anybody could make that mistake"). */
export const GENERIC_PEOPLE = [
  'anyone', 'anybody', 'everyone', 'everybody', 'people', 'folk', 'folks', 'nobody', 'individual',
];

/** Role nouns: a person identified by their job ("the intern", "ops", "the on-call"). */
export const ROLE_NOUNS = [
  'engineer', 'developer', 'dev', 'programmer', 'coder', 'sysadmin', 'admin', 'administrator',
  'dba', 'sre', 'ops', 'devops', 'operator', 'technician', 'intern', 'employee', 'worker',
  'staffer', 'contractor', 'consultant', 'associate', 'hire',
  'manager', 'lead', 'boss', 'supervisor', 'director', 'executive', 'exec', 'vp', 'ceo', 'cto',
  'cio', 'ciso', 'coo', 'cfo', 'chief', 'founder', 'owner', 'reviewer', 'approver', 'tester',
  'qa', 'analyst', 'marketer', 'designer', 'author', 'committer', 'maintainer', 'on-call', 'l1', 'l2', 'l3',
  'oncall', 'responder', 'commander', 'guy', 'gal', 'person', 'human', 'colleague',
  'teammate', 'coworker', 'co-worker', 'scientist', 'architect', 'specialist',
  'representative', 'rep', 'clerk', 'flunky', 'trainee', 'newbie', 'rookie',
  // job titles seen in news coverage and on cards ("Tech restarted …", "Trader Park typed …")
  'tech', 'personnel', 'trader', 'officer', 'official', 'president', 'chairman', 'chairwoman',
  'volunteer', 'animator', 'member', 'accountant', 'cashier', 'pilot', 'controller', 'dispatcher', 'packager',
  // front-line and office roles that turn up as the actor in social-engineering and payment incidents
  'agent', 'teller', 'auditor', 'secretary', 'minister', 'inspector', 'nurse',
  // occupations outside IT that incident reports and news name as the actor (rail, grid,
  // hospitals, banks, airlines, plants, call centres); words that also name software (handler,
  // planner, editor, installer, guard, conductor) are left out
  'signaller', 'signalman', 'lineman', 'linesman', 'electrician', 'mechanic', 'machinist',
  'welder', 'foreman', 'crewman', 'crewmember', 'janitor', 'caretaker', 'custodian', 'porter',
  'receptionist', 'pharmacist', 'doctor', 'physician', 'surgeon', 'paramedic', 'midwife',
  'firefighter', 'captain', 'copilot', 'co-pilot', 'attendant', 'steward', 'stewardess',
  'broker', 'banker', 'underwriter', 'actuary', 'bookkeeper', 'paralegal', 'lawyer',
  'moderator', 'salesperson', 'salesman', 'saleswoman', 'buyer', 'storekeeper', 'courier',
  'postman', 'postmaster', 'sub-postmaster', 'subpostmaster', 'superintendent', 'chancellor',
  'governor', 'mayor', 'councillor', 'spokesperson', 'apprentice', 'graduate', 'junior',
  'senior', 'veteran', 'newcomer', 'recruit', 'freelancer', 'subcontractor', 'fitter',
  'surveyor', 'operative', 'mgr', 'ic', 'clinician',
  // games and media studios ("the producers ignored ops' capacity numbers")
  'producer',
  // cards shorten engineer to eng ("L2 eng", "Release eng skipped the canary")
  'eng', 'pm', 'bureaucrat',
  // how comment threads name the one involved ("dude should've gone to bed")
  'dude', 'bloke', 'chap', 'fella', 'bro',
  // hospitals, schools and offices, where reports name the actor by trade ("Tell physicists to
  // double-check units"); those who report or judge (investigators, lawmakers, journalists) are
  // left out: they are the speakers of a finding far more often than its target
  'physicist', 'radiographer', 'radiologist', 'technologist', 'deployer', 'teacher', 'headteacher',
  'librarian', 'registrar', 'warden', 'recruiter', 'treasurer', 'trustee', 'deputy', 'student',
  'servant', 'caseworker',
  // a job title in schools, hospitals and events; SOFTWARE_SENSE below keeps the component
  'coordinator',
];

/** Groups of people acting together ("the team should have caught this"). */
export const GROUP_NOUNS = [
  'team', 'group', 'squad', 'crew', 'company', 'organisation', 'organization', 'org',
  'department', 'management', 'mgmt', 'leadership', 'staff', 'vendor', 'firm', 'business',
  // a discipline named as the actor: "release engineering forgot to …"
  'engineering', 'board', 'agency', 'ministry', 'council', 'committee',
  // departments named as the actor on cards ("Support sat on the tickets", "Sales promised …")
  'support', 'helpdesk', 'dispatch', 'marketing', 'sales', 'finance', 'infra',
  // operations centres named as the actor ("SOC muted the alerts", "the NOC missed the page")
  'soc', 'noc',
];

/**
 * Role nouns that are also software ("an operator" in Kubernetes, a queue "worker"): they count
 * as people only when none of these cue words is in the same sentence.
 */
export const SOFTWARE_SENSE: Record<string, string[]> = {
  operator: [
    'kubernetes', 'k8s', 'crd', 'crds', 'controller', 'reconcile', 'reconciled', 'reconciling',
    'reconciliation', 'reconciler', 'helm', 'pod', 'pods', 'custom resource', 'olm', 'operatorhub',
    'postgres', 'prometheus', 'strimzi', 'etcd', 'deployment', 'cluster operator', 'manifest',
  ],
  agent: [
    'user agent', 'user-agent', 'ssh', 'monitoring', 'build agent', 'ci agent', 'agent process',
    'agent version', 'daemon', 'ai agent', 'coding agent', 'llm', 'telemetry', 'installed',
    'content update', 'sensor', 'endpoint agent', 'agent update',
  ],
  coordinator: [
    'transaction', 'zookeeper', 'raft', 'consensus', 'cluster', 'node', 'nodes', 'shard', 'replica', 'kafka', 'group coordinator', 'two-phase',
    '2pc', 'query', 'trino', 'presto', 'leader', 'dag', 'scheduler', 'airflow', 'citus', 'druid', 'segment', 'worker',
    'heartbeat', 'crash', 'restart', 'failover', 'timeout', 'database', 'db ', // ("the DB team"; not "dba")
  ],
  registrar: ['domain', 'dns', 'whois', 'transfer', 'nameserver', 'registry', 'epp'],
  deployer: ['pipeline', 'job', 'step', 'retry', 'retried', 'ci', 'tool', 'service'],
  // "limit set in 2018 for a pilot": a trial run, not an aviator
  pilot: [
    'for a pilot', 'a pilot project', 'pilot phase', 'pilot programme', 'pilot program', 'pilot run', 'pilot scheme',
    'pilot study', 'during the pilot', 'since the pilot', 'after the pilot', 'in the pilot', 'from the pilot', 'the pilot stores',
  ],
  producer: ['kafka', 'topic', 'topics', 'queue', 'consumer', 'consumers', 'message', 'messages', 'stream', 'broker', 'partition', 'event', 'events'],
  worker: [
    'queue', 'queues', 'job', 'jobs', 'thread', 'threads', 'process', 'processes', 'pod', 'pods',
    'node', 'nodes', 'sidekiq', 'celery', 'crashed', 'restarted', 'oom', 'memory', 'cpu', 'heap',
    'pool', 'message', 'messages', 'task', 'tasks', 'cron', 'lambda', 'function',
  ],
};

/**
 * Products and companies whose names are also personal names; compromise tags them #Person.
 * A name followed by one of TECH_NOUNS ("the Jenkins job") is treated as a product as well.
 */
export const PRODUCT_NAMES = [
  'jenkins', 'travis', 'hudson', 'alexa', 'siri', 'cortana', 'watson', 'jarvis', 'django',
  'kafka', 'cassandra', 'heroku', 'celery', 'nomad', 'consul', 'vault', 'apollo', 'athena',
  'hermes', 'juno', 'mercury', 'phoenix', 'hugo', 'jekyll', 'gatsby', 'tomcat', 'jetty', 'jest',
  'karma', 'mocha', 'maven', 'gradle', 'sinatra', 'gerrit', 'jira', 'argo', 'flux', 'helm',
  'envoy', 'thanos', 'loki', 'tempo', 'mimir', 'jaeger', 'zipkin', 'kibana', 'grafana', 'sentry',
  'rollbar', 'bugsnag', 'splunk', 'datadog', 'pagerduty', 'opsgenie', 'victorops', 'dependabot',
  'renovate', 'rails', 'sidekiq', 'resque', 'bazel', 'ansible', 'chef', 'puppet', 'terraform',
  'pulumi', 'docker', 'kubernetes', 'linux', 'mariadb', 'redis', 'kong', 'traefik', 'caddy',
  'vercel', 'netlify', 'fastly', 'akamai', 'oracle', 'dell', 'tesla', 'mckinsey', 'deloitte',
  // infrastructure that opens cards and owner labels as often as a person does ("Postgres: add …")
  'postgres', 'postgresql', 'mysql', 'mongo', 'mongodb', 'nginx', 'haproxy', 'elasticsearch', 'rabbitmq',
  'memcached', 'etcd', 'okta', 'cloudflare', 'github', 'gitlab', 'bitbucket', 'airflow', 'spinnaker', 'snowflake',
  'kubelet', 'karpenter', 'istio', 'linkerd', 'hetzner', 'linode', 'twilio', 'zendesk', 'stripe', 'crowdstrike',
  // chat-ops bots, given work in action items like a colleague ("Hubot to post the summary")
  'hubot', 'errbot',
  // tools that share their name with people in the list of names (person-names.json)
  'falco', 'dex', 'chroma', 'meili', 'meilisearch',
  // vendors and projects action items ask for things ("Ask Amazon to raise the SES limit")
  'apple', 'amazon', 'microsoft', 'google', 'debian', 'ubuntu', 'mozilla', 'redhat', 'canonical', 'atlassian',
  'hashicorp', 'vmware', 'cisco', 'juniper', 'arista', 'nvidia', 'intel', 'samsung', 'adobe', 'shopify',
  'salesforce', 'digitalocean', 'equinix', 'comcast', 'verizon', 'vodafone', 'telstra', 'azure',
];

/** Nouns that mark the preceding name as a product ("Jenkins job", "Kafka broker"). */
export const TECH_NOUNS = [
  'job', 'jobs', 'server', 'servers', 'cluster', 'clusters', 'build', 'builds', 'pipeline',
  'pipelines', 'bot', 'bots', 'instance', 'instances', 'node', 'nodes', 'broker', 'brokers',
  'api', 'service', 'services', 'agent', 'agents', 'plugin', 'plugins', 'worker', 'workers',
  'queue', 'queues', 'dashboard', 'alert', 'alerts', 'deploy', 'deployment', 'release', 'config',
  'controller', 'operator', 'pod', 'pods', 'database', 'db', 'topic', 'topics', 'cache', 'task',
  'tasks', 'runner', 'runners', 'app', 'version', 'upgrade', 'update', 'integration', 'cli',
  'sdk', 'client', 'library', 'module', 'package', 'image', 'container', 'host', 'hosts',
  'cron', 'crontab',
];

/**
 * Nouns after which a judgement word is a term of art: "lazy loading", "a naive retry loop", "a
 * greedy regex", "a dumb terminal", "a rogue process" describe software, not anyone's character.
 * A regular-expression source for one noun, in the forms software takes ("scheduler", not
 * "schedulers", who may be staff; no "clients" or "operations", which are often people).
 */
const TERM_OF_ART_NOUN = String.raw`(?:load(?:s|ed|ing|er)?|evaluation|init\w*|imports?|importing|instantiat\w*|fetch(?:es|ing)?|bind(?:s|ing|ings)?|retr(?:y|ies)|loops?|algorithms?|implementations?|approach(?:es)?|heuristics?|regex(?:es|p|ps)?|regular expressions?|match(?:es|ing|er)?|quantifiers?|patterns?|alloc(?:ation|ations|ator|ators)?|schedul(?:e|es|ing|er)|(?:bin[- ])?packing|search(?:es|ing)?|pars(?:e|er|ers|ing)|datetimes?|timestamps?|time-?zones?|hash(?:es|ing)?|cach(?:e|es|ing)|terminals?|pipes?|prox(?:y|ies)|switch(?:es|ing)?|replicas?|copy|copies|clones?|lookups?|process(?:es)?|quer(?:y|ies)|threads?|pods?|containers?|jobs?|devices?|packets?|nodes?|certs?|certificates?|routes?|dhcp|access points?|data|rows|records|traffic|bytes|characters|deletion|expir(?:y|ation)|bayes)`;

/** Words for people: "the lazy data engineers", "naive process owners", "the lazy contractor loaded …". */
const PEOPLE_WORD = String.raw`(?:${[...ROLE_NOUNS, ...GROUP_NOUNS].join('|')}|people|folks|owners?|users?|customers?|members?)s?\b`;

/**
 * What follows a judgement word that is then a term of art, one modifier allowed ("a naive
 * exponential retry loop"), with no word for people on either side of the noun. The judgement
 * rules (lazy, dumb, naive, greedy) and the classifier's word classes (TERM_OF_ART_ADJECTIVES)
 * both read this one pattern.
 */
export const AS_TERM_OF_ART = String.raw`(?:-| )(?:(?!${PEOPLE_WORD})[\w-]+ )?${TERM_OF_ART_NOUN}\b(?!(?:-| )(?:[\w-]+ )?${PEOPLE_WORD})`;

/** Judgement words that have a technical sense before a term of art (AS_TERM_OF_ART). */
export const TERM_OF_ART_ADJECTIVES = ['lazy', 'naive', 'greedy', 'dumb', 'cheap', 'rogue', 'junk'];

/**
 * People outside the organisation who attack it, as [singular, plural]: what they did is the
 * timeline of an attack, not blame of staff. ("criminal" is also an adjective: "criminal
 * charges".)
 */
export const OUTSIDERS: ReadonlyArray<readonly [string, string]> = [
  ['attacker', 'attackers'], ['intruder', 'intruders'], ['hacker', 'hackers'], ['criminal', 'criminals'],
  ['cybercriminal', 'cybercriminals'], ['cyber-criminal', 'cyber-criminals'], ['extortionist', 'extortionists'],
  ['hacktivist', 'hacktivists'], ['adversary', 'adversaries'], ['fraudster', 'fraudsters'], ['scammer', 'scammers'],
  ['phisher', 'phishers'], ['thief', 'thieves'], ['burglar', 'burglars'], ['vandal', 'vandals'],
];

/** Words that open a new clause: the subject of a later verb is never found across them. */
export const CLAUSE_OPENERS = [
  'because', 'although', 'though', 'while', 'whereas', 'since', 'unless', 'until', 'which',
  'that', 'where', 'so', 'but', 'if', 'when', 'whenever', 'once', 'after', 'before', 'as',
  'whether', 'whose',
];

/** Team-ish words: an owner like "payments-team" or "@org/sre" is a team, not a person. */
export const TEAM_WORDS = [
  'team', 'teams', 'squad', 'group', 'guild', 'chapter', 'crew', 'rotation', 'on-call', 'oncall',
  'sre', 'ops', 'devops', 'platform', 'infra', 'infrastructure', 'reliability', 'engineering',
  'security', 'secops', 'department', 'dept', 'org', 'unit', 'tribe', 'owners', 'committee',
  'council', 'desk', 'support', 'commander', 'services', 'core', 'backend', 'frontend', 'data',
  'database', 'networking', 'network', 'payments', 'billing', 'release', 'qa',
];

/**
 * First names that are also imperative verbs. An action title starts with its verb, so
 * "Grant read access …" or "Mark the incident …" is not about Grant or Mark — unless the title
 * reads like an assignment ("Mark to add alerts", "Mark: add alerts").
 */
export const NAME_VERBS = [
  'grant', 'mark', 'bill', 'page', 'chase', 'rob', 'sue', 'pat', 'will', 'may', 'jack', 'frank',
  'lance', 'ray', 'skip', 'wade', 'win', 'sandy', 'rusty', 'drew', 'carol', 'peg', 'guy', 'art',
  'bob', 'don', 'max', 'nick', 'jimmy', 'harry', 'hunter', 'chuck', 'phil', 'ken', 'val', 'rod',
];

/** Vague verbs that make an action item unverifiable (BLAMELESS.md §2). */
export const VAGUE_ACTION_VERBS = [
  'investigate', 'look into', 'look at', 'improve', 'ensure', 'make sure', 'enhance', 'explore',
  'consider', 'revisit', 'review', 'think about', 'work on', 'optimise', 'optimize', 'better',
];

/** Openers to skip before an action title's verb ("We should investigate …"). */
export const ACTION_PREAMBLES = [
  'we should', 'we will', "we'll", 'we need to', 'we must', 'need to', 'should', 'to', 'please',
  'action:', 'todo:', 'todo', 'ai:',
];

/**
 * Signs that an action has a checkable outcome after all ("Improve p99 to under 200 ms"):
 * numbers, a bound, a target. Regular-expression source, case-insensitive.
 */
export const CONCRETE_OUTCOME = String.raw`\d|%|\bso that\b|\bsuch that\b|\buntil\b|\bunder\b|\bbelow\b|\babove\b|\bwithin\b|\bfrom\b.+\bto\b|\bby (?:adding|removing|replacing|requiring|moving)\b`;
