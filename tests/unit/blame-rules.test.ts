import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkActionItem } from '../../shared/blame/action.ts';
import { check } from '../../shared/blame/check.ts';
import { classFeatures } from '../../shared/blame/model/classFeatures.ts';
import { opensWithName } from '../../shared/blame/model/openingName.ts';
import type { CheckContext, Rule } from '../../shared/blame/types.ts';

/** Findings as [rule, severity, the words they point at]. */
function found(text: string, context: CheckContext = 'document') {
  return check(text, { context }).map((f) => [f.rule, f.severity, text.slice(f.start, f.end)] as const);
}
const rules = (text: string, context: CheckContext = 'document') => found(text, context).map(([rule]) => rule);

/** Each rule of BLAMELESS.md §1: a sentence it must catch (and the words it points at). */
const CATCHES: Array<[Rule, string, string]> = [
  ['counterfactual', 'Sam should have checked the replication lag first.', 'should have checked'],
  ['counterfactual', "You couldn't possibly have picked a worse day to deploy.", "couldn't possibly have picked"],
  ['counterfactual', 'Had the engineer checked the dashboard, the outage would have been shorter.', 'Had the engineer checked'],
  ['failed-to', 'Mike forgot to execute the migration script.', 'forgot to'],
  ['failed-to', 'The on-call engineer failed to acknowledge the page.', 'failed to'],
  ['failed-to', "They didn't treat this sort of thing as a priority.", "didn't treat"],
  ['failed-to', 'No one noticed that the new code was missing.', 'No one noticed'],
  ['hindsight', 'They should have known that the flag was still on.', 'should have known'],
  ['hindsight', 'In hindsight, the engineer obviously missed the warning signs.', 'In hindsight'],
  ['judgement', 'The intern was careless with the production credentials.', 'careless'],
  ['judgement', 'That was a rookie mistake.', 'rookie mistake'],
  ['human-error', 'Because of an operator error, every node was rebooted at once.', 'operator error'],
  ['human-error', '@jdoe fat-fingered the hostname.', 'fat-fingered'],
  ['human-error', 'The admin accidentally deleted the production bucket.', 'accidentally'],
  ['human-error', 'The engineer ran the command on the wrong cluster.', 'the wrong cluster'],
  ['folk-model', 'Complacency set in after months without incidents.', 'Complacency'],
  ['folk-model', 'They lacked awareness of the situation.', 'lacked awareness'],
  ['fault', "It was Tom's fault.", "Tom's fault"],
  ['fault', 'The sysadmin finally realised his catastrophic mistake.', 'his catastrophic mistake'],
  ['fault', 'Bob screwed up the config.', 'screwed up'],
  ['fault', 'A bug got introduced [by Mike] into the code.', 'introduced [by'],
  ['non-compliance', 'The developer ignored the runbook.', 'ignored the runbook'],
  ['non-compliance', "The company's own procedures were not followed.", 'procedures were not followed'],
  ['non-compliance', 'Derek shipped the change without a proper review.', 'without a proper review'],
  ['punishment', 'Perhaps they should be fired.', 'be fired'],
  ['punishment', 'The support staff need more training.', 'more training'],
  ['punishment', 'Whoever approved this should be held accountable.', 'held accountable'],
  ['single-cause', 'The root cause was the engineer pushing an untested config.', 'The root cause'],
  ['who-question', 'Who approved this change?', 'Who approved'],
  ['who-question', 'Why did you restart the primary without telling anyone?', 'Why did you restart'],
  ['who-question', 'This bank is broken, isn\'t it, Mr Prentice?', 'Mr Prentice'],
  ['minimising', 'All she had to do was read the alert.', 'All she had to do was'],
  ['minimising', 'He just had to run the migration script.', 'just had to'],
];

describe('each rule catches its pattern and points at the right words', () => {
  it.each(CATCHES)('%s: %s', (rule, text, words) => {
    const hits = found(text).filter(([r]) => r === rule);
    expect(hits.map(([, , w]) => w)).toContain(words);
    expect(hits.every(([, severity]) => severity === 'hint')).toBe(true);
  });
});

describe('the hard cases of BLAMELESS.md §1', () => {
  it('a blame phrase quoted in order to reject it is not blame', () => {
    expect(found("We will not write 'human error' as a cause.")).toEqual([]);
    expect(found('We will not write “human error” as a cause.')).toEqual([]);
    expect(found('We will not write human error as a cause.')).toEqual([]);
    expect(found('Whenever I read "we\'ll fire the guy who did it", I hear "this will happen again".')).toEqual([]);
    expect(found("Incentives such as 'you'll get a bonus' or 'we'll fire you' do not stop mistakes.")).toEqual([]);
    expect(found('"Human error" is never a cause.')).toEqual([]);
  });

  it('but scare quotes around blame are still blame', () => {
    expect(rules('The CTO "screwed up" badly.')).toContain('fault');
    expect(rules('Lang should "consider his position" after the failure.')).toContain('punishment');
  });

  it('hindsight "should have" aimed at a system is fine, at a person or team it is not', () => {
    expect(found('The validator should have rejected the file.')).toEqual([]);
    // no phrase rule reads "their doc" as people
    expect(check('Their doc should never have contained the production password.', { context: 'document', model: null })).toEqual([]);
    expect(found('The rollout should have stopped automatically when errors increased.')).toEqual([]);
    expect(rules('The team should have caught this in review.')).toContain('counterfactual');
    expect(rules('The SRE should never have run that command.')).toContain('counterfactual');
    expect(rules('This should have been caught in code review.')).toContain('counterfactual');
    // no phrase rule reads a test suite as people
    expect(check('This should have been caught by the integration tests.', { context: 'document', model: null })).toEqual([]);
  });

  it('known false positives of the classifier, far above its threshold (BLAME-CHECKER.md, Known weaknesses)', () => {
    // "should have been caught" reads as blame whatever catches it (0.97 against 0.94)
    expect(rules('This should have been caught by the integration tests.')).toEqual(['blame-framing']);
    // a role or group as the actor of an ordinary act (1.00)
    expect(rules('Leadership approved the budget.')).toEqual(['blame-framing']);
  });

  it('technical words are not blame', () => {
    expect(found('HTTP 503 errors rose to 40% at 14:05.')).toEqual([]);
    expect(found('The job failed to start after the node was drained.')).toEqual([]);
    expect(found('The Kubernetes operator failed to reconcile the custom resource.')).toEqual([]);
    expect(found('The postgres operator restarted the primary pod.')).toEqual([]);
    expect(found('The worker crashed with an out-of-memory error.')).toEqual([]);
    expect(found('The cron job missed its schedule because the scheduler was down.')).toEqual([]);
    expect(found('Lazy loading of the module caused a cold-start delay.')).toEqual([]);
    expect(found('Customers saw elevated error rates for 20 minutes.')).toEqual([]);
    expect(found('The alert fired at 14:03 and was acknowledged at 14:05.')).toEqual([]);
    expect(found('A routing fault in the vendor network dropped packets.')).toEqual([]);
  });

  it('a judgement word before a kind of software is a term of art, before people a judgement', () => {
    expect(found('A naive retry loop amplified the load on the auth service.')).toEqual([]);
    expect(found('Greedy bin packing left no headroom on the nodes.')).toEqual([]);
    expect(found("It's a dumb parser, it just splits on commas.")).toEqual([]);
    expect(found('Rewrite the lazy loader to prefetch images', 'action')).toEqual([]);
    expect(found('Fix the naive timezone handling in billing', 'action')).toEqual([]);
    expect(rules('The naive intern deleted the table.')).toContain('judgement');
    expect(rules('Greedy management cut the budget.')).toContain('judgement');
    expect(rules('Lazy engineers skipped the tests.')).toContain('judgement');
    expect(rules('Honestly the devs were naive.')).toContain('judgement');
    expect(found('A greedy-matching regex pinned the CPU.')).toEqual([]);
    expect(found('The naive approaches we tried all failed to scale.')).toEqual([]);
    expect(found('A naive exponential retry loop hammered the API.')).toEqual([]);
    // the noun may open a name for people: then it is a judgement of them
    expect(rules('The lazy operations team ignored the page.')).toContain('judgement');
    expect(rules('The naive data engineers dropped the table.')).toContain('judgement');
    expect(rules('Naive process owners signed it off.')).toContain('judgement');
    expect(rules('The lazy schedulers forgot the rota.')).toContain('judgement');
  });

  it('an operator who is a person is a target', () => {
    expect(rules('The operator failed to notice the alarm.')).toContain('failed-to');
  });

  it('forward-looking "should" is fine', () => {
    expect(found('The deploy tool should require confirmation.')).toEqual([]);
    expect(found('The deploy tool should require confirmation.', 'action')).toEqual([]);
    expect(found('We should expand our test suite to catch regressions automatically.')).toEqual([]);
    expect(found('We should have a dashboard for queue depth.')).toEqual([]);
    expect(found("Automatic promotions to prod shouldn't happen on weekends.")).toEqual([]);
  });

  it('product and company names that look like personal names are not people', () => {
    expect(found('Jenkins failed to start the build because the agent was offline.')).toEqual([]);
    expect(found('Cassandra failed to compact the SSTables in time.')).toEqual([]);
    expect(found('Heroku failed to provision new dynos.')).toEqual([]);
    expect(rules('Sam failed to start the build.')).toContain('failed-to');
  });

  it('roles as neutral actors in factual sentences are fine', () => {
    expect(found('The on-call engineer was paged at 14:02.')).toEqual([]);
    expect(found('The engineer who was on call followed the runbook step by step.')).toEqual([]);
    expect(found('Sam rolled back the release at 14:20, which restored service.')).toEqual([]);
    expect(found('Tonight we mistakenly sent a blank test email to part of our mailing list.')).toEqual([]);
    expect(found('How did our system let this happen?')).toEqual([]);
    // The phrase rules leave this alone; the classifier reads "<role> who approved … was <verb>"
    // at about its threshold (0.95 against 0.94, a known false positive that retrains move either way).
    expect(check('The engineer who approved the change was paged.', { context: 'document', model: null })).toEqual([]);
  });

  it('an attacker as the actor gets no classifier hint; staff in the same sentence do', () => {
    // a model that reads every sentence as blame, so only the guard decides
    const eager = { bias: 5, threshold: 0.5, weights: new Map<string, number>() };
    const hints = (text: string) => check(text, { context: 'document', model: eager }).map((f) => f.rule);
    expect(hints('Intruders deleted snapshots, buckets and machine images within minutes.')).toEqual([]);
    expect(hints('Jan 20: the attackers emailed the security team demanding payment.')).toEqual([]);
    expect(hints('Overnight, a ransomware gang encrypted the file servers.')).toEqual([]);
    expect(hints('The contractor copied snapshots, buckets and machine images within minutes.')).toEqual(['blame-framing']);
  });

  it('the classifier reads a name that is also a verb as the verb, and a team given something as no actor', () => {
    const hints = (text: string, context: CheckContext) => check(text, { context }).map((f) => f.rule);
    // an order opens with its verb ("Grant", "Page", "Mark"), not with a person
    expect(hints('Grant read access to the SRE team', 'action')).toEqual([]);
    expect(hints('Page the on-call DBA when replication lags', 'action')).toEqual([]);
    expect(hints('Hand the dashboards over to the night shift', 'action')).toEqual([]);
    // a name before what its owner did still reads as a person
    expect(opensWithName('Grant', 'forgot', new Set())).toBe(true);
    expect(opensWithName('Grant', 'the', new Set())).toBe(false);
    // a bare verb after it is not enough: "Mark let the cert expire", "Jo quit the migration"
    expect(opensWithName('Mark', 'let', new Set())).toBe(true);
    expect(opensWithName('Okonkwo', 'approved', new Set())).toBe(true);
    // an object or a kind of access after it makes it the verb: "Grant them access", "Grant read access"
    expect(opensWithName('Grant', 'them', new Set())).toBe(false);
    expect(opensWithName('Grant', 'read', new Set(), 'access')).toBe(false);
    expect(opensWithName('Grant', 'read', new Set(), 'the')).toBe(true);
    expect(opensWithName('Grant', 'access', new Set(), 'to')).toBe(false);
    expect(opensWithName('Grant', 'sudo', new Set(), 'access')).toBe(false);
    // a possessive is a name whatever follows, and a name that is no verb is never an order
    expect(opensWithName("Grant's", 'read', new Set(), 'access')).toBe(true);
    expect(opensWithName('Sam', 'them', new Set())).toBe(true);
  });

  it('the classifier reads a judgement word used as a term of art as no judgement', () => {
    expect(classFeatures('Lazy loading of the module caused a cold-start delay.')).not.toContain('C<neg>');
    expect(classFeatures('A greedy regex pinned the CPU.')).not.toContain('C<neg>');
    expect(classFeatures('The lazy contractor loaded the wrong file.')).toContain('C<neg>');
    expect(classFeatures('Greedy management cut the budget.')).toContain('C<neg>');
    // the rules' pattern, whole: two-word terms, and nothing across a comma
    expect(classFeatures('Greedy bin packing left no headroom.')).not.toContain('C<neg>');
    expect(classFeatures('The contractor was lazy, data was never validated.')).toContain('C<neg>');
    expect(classFeatures('The lazy data engineers dropped the table.')).toContain('C<neg>');
  });

  it('single cause: factual prose is fine, a factor card is nudged', () => {
    expect(found('The cause was a burst of writes that the replica did not process in time.')).toEqual([]);
    expect(rules('The root cause was a bad config push.', 'factor')).toEqual(['single-cause']);
  });
});

describe('systemic action items whose words look like names are not refused', () => {
  const errors = (text: string) => check(text, { context: 'action' }).filter((f) => f.severity === 'error').map((f) => text.slice(f.start, f.end));
  for (const text of [
    'Re-enable the replication-lag alert and page the database team on it',
    'Pre-author a false-alarm cancellation template and test sending it every quarter',
    'Health-check the 112 gateway with synthetic calls rather than HTTP pings',
    'Dual-feed every critical server from both power sources',
    'Split mark-for-deletion and permanent-delete into separate tools',
    'Stage config pushes 1% -> 10% -> 100% with auto-halt on error spike',
    'Pair new hires with an on-call buddy for their first rotation',
    "Rename the 'prod' and 'prod-dr' kube contexts so they cannot be confused",
    'Invoke DR automatically if index feeds stay stale beyond 45 minutes',
    'Bring access services into DR scope',
    'Runbooks should be dry-run each quarter by someone new to them',
    'Validators should keep the last good fare table if a new one fails the sanity check',
    'Procurement: make sure ISP contracts require physically diverse paths',
    'Onboarding: give new engineers a prod-like sandbox',
    'Facilities: add the UPS transfer test to the quarterly checklist',
    'Require a second warning officer to confirm before any live alert leaves the terminal',
    'Warn operators before a destructive command runs against production',
  ]) it(`allows: ${text}`, () => expect(errors(text)).toEqual([]));
  for (const [text, name] of [
    ['Priya: add alerts on the replica lag', 'Priya'],
    ['Hyun-woo: update the failover runbook', 'Hyun-woo'],
    ['Ji-ho to lead a review of config rollouts', 'Ji-ho'],
    ['Sam - add alerts', 'Sam'],
  ]) it(`refuses a named owner: ${text}`, () => expect(errors(text)).toContain(name));
});

describe('third review: action items refused and allowed', () => {
  const errors = (text: string) => check(text, { context: 'action' }).filter((f) => f.severity === 'error');
  for (const text of [
      "Put protected learning time in each developer's objectives.",
      "Remove the penalties for engineers who roll back early.",
      "Keep the flag off until the model learns to handle bursty traffic.",
      "Co-locate the read replicas with the payment workers",
      "De-duplicate pager alerts at the gateway",
      "Dry-run the DR plan every quarter",
      "Rate-limit the login endpoint per tenant",
      "Time-box the vendor escalation to 30 minutes",
      "Dead-letter failed messages instead of retrying forever",
      "Chase the vendor for a firmware fix by Friday",
      "Grant the SRE group break-glass access with automatic expiry",
      "Mark stale runbooks as archived",
      "Jack up the connection pool limit to 200 on the API tier",
      "Bill customers only after settlement succeeds",
      "Max connections: raise to 500 on the primary",
      "Infra: move DNS to two providers",
      "NetEng: add BGP max-prefix limits on every peer",
      "Helpdesk: publish an outage FAQ within 30 minutes of a P1",
      "Cross-train two more engineers on the billing system so it never depends on one person",
      "Warn on-call when disk usage crosses 80%",
      "Tell the owning team whenever their certificate is about to expire",
      "Warn users before their password expires",
      "Add a final warning before force-push to protected branches",
      "Show a written warning when a migration lacks a rollback script",
      "Customers to be reminded that the v1 API is retired on 1 June",
      "Tenants to be warned about the maintenance window a week ahead",
      "Make it clear to all engineers that paging the incident commander early is never a mistake",
      "Review whether the on-call engineer had the dashboards they needed and whether alerts met the SLO",
      "Put CI's write permissions under review",
      "Put the deploy bot's permissions under quarterly review",
      "Database team: add replica-lag alerting and page on it"
  ]) it(`allows: ${text}`, () => expect(errors(text)).toEqual([]));
  for (const text of [
      "Sun-hee to own the rollback drill",
      "Young-soo: migrate the cron jobs to the scheduler",
      "Do-yeon: review the alert thresholds",
      "Min-ho to update the failover runbook",
      "Wing-yan: add synthetic checks for the 112 gateway",
      "Davies to own the rollback plan",
      "Anne-Marie: add monitoring for the queue depth",
      "Nguyen Van An: add the missing alert",
      "Dr. Mensah to approve all schema changes",
      "Oluwaseun will automate the certificate renewals",
      "Remind Ayesha to follow the change checklist",
      "Have Lars double-check every DNS record before each change",
      "DBA on duty to double check every migration script",
      "Make it clear to the contractors that cutting corners is unacceptable",
      "Make it clear to Sipho that he must never deploy on Fridays",
      "Review whether Tomasz followed the change procedure"
  ]) it(`refuses: ${text}`, () => expect(errors(text).length).toBeGreaterThan(0));
});

describe('fourth review: action items refused and allowed', () => {
  const errors = (text: string) => check(text, { context: 'action' }).filter((f) => f.severity === 'error');
  for (const text of [
      "Action item for Platform: add a pre-flight diff to the deploy pipeline",
      "Todo for Q3: replace the manual failover with an automated one",
      "Note for CAB: require a lab run for every BGP change",
      "Action item for SRE: alert on replication lag above 30s",
      "Reminder for all on-call: the new paging app replaces the old one on Monday",
      "IT: suspend badge access for contractors whose contracts ended last quarter",
      "Identity team: suspend admin access for all contractors until MFA enrolment is complete",
      "Networking team: add a lab-run gate to the BGP change template",
      "SRE: auto-escalate when nobody acks for 15 min",
      "Ops: replace the legacy scheduler, which lost track of jobs during the failover",
      "Platform team: make the provisioning script fail loudly when the timezone is set wrong",
      "Security: add a signal so alerts that nobody acts on for 30 min escalate to the duty manager",
      "Brief the support desk to notify customers when the maintenance window is confirmed",
      "Note for the CAB: require a lab run for every BGP change"
  ]) it(`allows: ${text}`, () => expect(errors(text)).toEqual([]));
  for (const text of [
      "Action item for Kowalczyk: stop pushing configs on Fridays",
      "Brief Marguerite to double-check the template name before sending",
      "Retro item for him: read the MOP before touching the routers",
      "Suspend production access for the engineer involved pending review",
      "Make Haddad work his notice on nights",
      "Brief the night shift to verify the breaker label before switching",
      "Get Okafor to stop going back to sleep after acking pages",
      "Tell the L2 analyst to act on alerts immediately",
      "Reminder for Okafor - re-read the MOP before the next change"
  ]) it(`refuses: ${text}`, () => expect(errors(text).length).toBeGreaterThan(0));
});

describe('severity by context', () => {
  const blameful = ['Sam should be fired.', 'Be more careful next time.', 'Remind Sam to check the dashboard.', 'Sam failed to check.'];

  it('cards, factors and documents only ever get hints', () => {
    for (const context of ['card', 'factor', 'document'] as const) {
      for (const text of blameful) {
        const findings = check(text, { context });
        expect(findings.length).toBeGreaterThan(0);
        expect(findings.every((f) => f.severity === 'hint')).toBe(true);
      }
    }
  });

  it('a named person as owner is an error; teams and roles are fine', () => {
    for (const owner of ['Sam', '@sam', 'John Smith', 'Bob from SRE', 'sam@example.com']) {
      const findings = check(owner, { context: 'owner' });
      expect(findings.map((f) => [f.rule, f.severity]), owner).toContainEqual(['person-owner', 'error']);
    }
    for (const owner of ['SRE team', 'on-call engineer', 'Platform', 'Database reliability', 'Incident commander', 'payments-team', '@acme/sre', 'Hermes team']) {
      expect(check(owner, { context: 'owner' }), owner).toEqual([]);
    }
  });

  it('points the person-owner error at the name', () => {
    expect(found('Bob from SRE', 'owner')).toEqual([['person-owner', 'error', 'Bob']]);
    expect(found('John Smith', 'owner')).toEqual([['person-owner', 'error', 'John Smith']]);
  });

  it('a named person as the subject of an action item is an error', () => {
    expect(found('Sam to add disk usage alerts', 'action')).toContainEqual(['person-owner', 'error', 'Sam']);
    expect(found('Sam: add disk usage alerts', 'action')).toContainEqual(['person-owner', 'error', 'Sam']);
    expect(found('Add disk usage alerts (@sam)', 'action')).toContainEqual(['person-owner', 'error', '@sam']);
    expect(found('Migrate Jenkins jobs to the new runners', 'action')).toEqual([]);
    // names that are also verbs, at the start of a title, are its verb
    expect(found('Grant read access to the SRE team', 'action')).toEqual([]);
    expect(found('Mark the incident resolved when errors drop', 'action')).toEqual([]);
  });

  it('person-level fixes in action items are errors', () => {
    const cases: Array<[string, string]> = [
      ['Be more careful when running migrations', 'Be more careful'],
      ['Remind Sam to check the dashboard', 'Remind Sam to check'],
      ['Retrain the on-call', 'Retrain'],
      ['Tell Bob to stop deploying on Fridays', 'Tell'],
      ['Discipline the engineer', 'Discipline'],
      ['Hold the intern accountable', 'Hold the intern accountable'],
      ['Pay more attention to alerts', 'Pay more attention'],
      ['Fire the contractor', 'Fire'],
    ];
    for (const [title, words] of cases) expect(found(title, 'action'), title).toContainEqual(['person-fix', 'error', words]);
  });

  it('vague action verbs get a hint asking for a checkable outcome', () => {
    for (const [title, verb] of [
      ['Investigate the outage', 'Investigate'],
      ['Look into replication lag', 'Look into'],
      ['Improve monitoring', 'Improve'],
      ['Ensure backups work', 'Ensure'],
      ['We should investigate the queue', 'investigate'],
    ]) {
      expect(found(title, 'action'), title).toEqual([['vague-action', 'hint', verb]]);
    }
    expect(check('Investigate', { context: 'action' })[0].message).toMatch(/vague/);
    expect(found('Improve p99 latency to under 200 ms', 'action')).toEqual([]);
    expect(found('Add an alert when replication lag exceeds 30 s', 'action')).toEqual([]);
    expect(found('Require two approvals for production schema changes', 'action')).toEqual([]);
    expect(found('Investigate the outage', 'card')).toEqual([]);
  });
});

describe('offsets and messages', () => {
  it('offsets are [start, end) character positions in the given text', () => {
    const text = 'The deploy was fine. Then the intern forgot to run the migration, sadly.';
    const [f] = check(text, { context: 'document' });
    expect(f.rule).toBe('failed-to');
    expect(f.start).toBe(text.indexOf('forgot to'));
    expect(f.end).toBe(text.indexOf('forgot to') + 'forgot to'.length);
  });

  it('offsets survive curly quotes and several sentences', () => {
    const text = 'It wasn’t obvious. “Sam’s” dashboards were green. Later Sam’s change broke nothing, but it was Sam’s fault.';
    const fault = check(text, { context: 'document' }).find((f) => f.rule === 'fault');
    expect(fault && text.slice(fault.start, fault.end)).toBe('Sam’s fault');
  });

  it('findings are sorted by position and carry a message and a systemic suggestion', () => {
    const findings = check('Sam failed to check the logs and it was human error.', { context: 'card' });
    expect(findings.map((f) => f.rule)).toEqual(['failed-to', 'human-error']);
    expect(findings[1].message).toContain('human error');
    expect(findings[1].suggestion).toMatch(/system allowed/);
  });

  it('empty and clean text has no findings', () => {
    expect(check('', { context: 'document' })).toEqual([]);
    expect(check('   ', { context: 'action' })).toEqual([]);
    expect(check('The certificate expired at 03:00 UTC.', { context: 'document' })).toEqual([]);
  });
});

describe('checkActionItem', () => {
  it('blocks a person as owner, a person-level fix, and tags each finding with its field', () => {
    const findings = checkActionItem({ title: 'Tell Sam to be more careful', owner: 'Sam', doneCriterion: 'Sam double-checks deploys' });
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.field, f.rule])).toEqual(
      expect.arrayContaining([
        ['title', 'person-fix'],
        ['owner', 'person-owner'],
        ['doneCriterion', 'person-owner'],
      ]),
    );
  });

  it('lets a systemic item with a team owner through; hints never block', () => {
    expect(checkActionItem({ title: 'Add a confirmation prompt to the CLI for production targets', owner: 'SRE team', doneCriterion: 'The CLI asks before touching prod' })).toEqual([]);
    const hints = checkActionItem({ title: 'Investigate replication lag', owner: 'Database reliability' });
    expect(hints).toHaveLength(1);
    expect(hints[0]).toMatchObject({ rule: 'vague-action', severity: 'hint', field: 'title' });
  });
});

describe('browser safety', () => {
  it('shared/blame imports nothing from Node', () => {
    const dir = fileURLToPath(new URL('../../shared/blame/', import.meta.url));
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const source = readFileSync(join(dir, file), 'utf8');
      expect(source, file).not.toMatch(/from ['"]node:|require\(|process\./);
    }
  });
});

describe('a person as the actor of a change made the unsafe way', () => {
  const phraseRules = (text: string) => check(text, { context: 'card', model: null }).map((f) => f.rule);
  it.each([
    'Contractor ran the resync script against the live DB instead of the backup',
    'Tunde applied the filter change without anyone reviewing the diff',
    'Capacity team added servers without checking thread headroom first',
    'Team lead left the remote-access server open to the internet',
    'Priyanka left legacy quota enforcement switched on',
  ])('"%s" is fault', (text) => {
    expect(phraseRules(text)).toContain('fault');
  });

  it.each([
    'The team deployed the fix without downtime',
    'The migration job ran without errors',
    'The deploy tool applied the change without a canary because it has no canary stage',
    'Ops restarted front-end hosts a few hundred per hour to avoid thrashing',
    'The installer left the port open by default',
  ])('"%s" is not', (text) => {
    expect(phraseRules(text)).not.toContain('fault');
  });
});
