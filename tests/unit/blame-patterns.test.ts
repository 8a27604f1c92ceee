import { describe, expect, it } from 'vitest';
import { check } from '../../shared/blame/check.ts';
import type { CheckContext } from '../../shared/blame/types.ts';

/** The phrase rules alone: these cases hold the patterns, not the classifier. */
const flagged = (text: string, context: CheckContext = 'document') =>
  check(text, { context, model: null }).some((f) => f.rule !== 'vague-action');

/** One made-up sentence per pattern; none is taken from the labelled corpora. */
const BLAME: Array<[string, string, CheckContext?]> = [
  // attribution and consequences as reported
  ['reported responsibility', 'The chairman told reporters a single programmer was responsible.'],
  ["a role's slip", "A technician's slip took the payment network down."],
  ['blamed for', 'Ticket change by a night-shift admin blamed for the six-hour outage'],
  ['takes the blame', 'Hosting firm takes the blame for the weekend of lost orders'],
  ['traced to a person', 'The leak was traced to a contractor who kept a copy of the keys.'],
  ['traced the thing to a person', 'Investigators traced the breach to an administrator at the branch office.'],
  ['blame pinned on a person', 'The ministry pinned the delay on a junior official.'],
  ['a person blamed', 'Managers blamed a night-shift technician for the lost records.'],
  ['responsibility lies with', 'Responsibility for the data loss lies with the release manager.'],
  ['unknown name, had followed', 'The outage would not have happened if Oyelaran had followed the checklist.'],
  ['support agent', 'The support agent failed to check the caller\'s identity.'],
  ['let go', 'Two staff members have been let go.'],
  ['moved off', 'She has been moved off the platform team.'],
  ['disciplinary', 'Disciplinary steps have been taken.'],
  ['stepped down', 'The operations director stepped down a week after the outage.'],
  ['staff act, reported', 'An engineer deleted the routing table during maintenance, the company said.'],
  // contempt, sarcasm, hindsight without the classic words
  ['insult', 'Total clowns, the lot of them.'],
  ['sarcasm', "I'm sure the summer hire did it."],
  ['sarcastic genius', 'Which genius shipped this on a Friday?'],
  ['insinuating who', 'Who decided that a shared password was good enough?'],
  ['why did nobody', 'Why did nobody call the vendor when the disk filled up?'],
  ['how hard', 'How hard is it to read the warning before pressing enter?'],
  ['not rocket science', 'Rotating a key is not rocket science.'],
  ['101', 'Staged rollouts are ops 101.'],
  ['predictable', 'This was entirely predictable.'],
  ['everyone knew', 'Everyone knew the database had no replica.'],
  ['ought to have', 'The reviewers ought to have caught the inverted condition.'],
  ['subjectless hindsight', "Should've known the token would expire over the weekend", 'card'],
  ['could not be bothered', 'Nobody on the team could be bothered to test the restore.'],
  ['never be allowed near', 'That admin should never be allowed near a production shell again.'],
  ['competence doubted', 'Is anybody in that ops team actually competent?'],
  ['ashamed', 'The release team should be ashamed of themselves.'],
  ['one job', 'The reviewer had one job.'],
  ['what kind of', 'What kind of engineer pushes untested code at midnight?'],
  ['under the bus', 'Watch them throw the intern under the bus by Friday.'],
  // a person, role or group as the actor of a risky act
  ['deployed a broken', 'The SRE on shift deployed a broken build.'],
  ['sat on warnings', 'Leadership sat on three warnings.'],
  ['rushed through', 'The network team rushed the change through.'],
  ['fell for', 'A help-desk worker fell for a phishing call.'],
  ['gave credentials', 'The clerk gave her password to a caller claiming to be from IT.'],
  ['risky step first', 'The admin rebooted the primary before draining it.'],
  ['knew and did nothing', 'The team lead knew the certificate was expiring and did nothing.'],
  ['skimmed', 'Reviewers skimmed the diff and approved it.'],
  ['skipped a step', 'The technician skipped the backup step in the upgrade checklist.'],
  ['could not follow', 'The night operator could not follow a simple checklist.'],
  ['relative clause', 'Staff who took the order did not follow the refund procedure.'],
  ['unknown name, should have', 'Kemal should have checked the replication lag', 'card'],
  ['an act and its damage', 'The DBA altered the index settings, knocking the checkout service offline.'],
  ['an act, which did damage', 'A contractor truncated the audit table, which corrupted the nightly report.'],
  ['an act, and it all went down', 'Mirela flipped the feature flag and the whole storefront went dark.'],
  ['the incident dated by a person', 'Trouble started shortly after an intern edited the shared hosts file.'],
  ['a slip named by its verb', 'A payroll clerk mistyped the decimal point in the bonus run.'],
  ['the wrong thing', 'The field engineer had patched the wrong switch stack.'],
  // an order to a named person, outside an action item (cards, prose, lint)
  ['directed at a name, card', 'Ask Oluwaseun to review every firewall change twice', 'card'],
  ['directed at a name, prose', 'Remind Thandiwe to double-check the schedule before each run.'],
  ['access removed, two qualifiers', 'Remove production SSH access from Oduya', 'action'],
  ['care demanded of whoever types', 'Slow down and read the diff before you approve it.'],
  ['left the company since', 'The admin who pushed the rule has since left the firm.'],
  ['arrested', 'Prosecutors said the technician had been charged over the deleted records.'],
  ['warned and went ahead', 'The directors were warned about the untested failover and approved the cutover anyway.'],
  ['overruled a safeguard', 'Leadership overruled the change freeze for the launch.'],
  ['an unauthorised act', 'A systems administrator had pushed an unapproved firewall change.'],
  ['ignored alerts', 'The night shift ignored the disk alerts for six hours.'],
  ['no idea what they are doing', 'That support team has no idea what they are doing.'],
  ['an insinuating guess', 'Let me guess: a contractor with admin rights.'],
  ['nobody sane would', 'No sane admin would ever run that on a live cluster.'],
  ['deserves what came', 'Whoever scheduled that migration deserves every minute of the pager they got tonight.'],
  ['no longer on the account', 'The bank said the vendor engineer was no longer working on the contract.'],
  ['without waiting for sign-off', 'A developer in the Lisbon office shipped the fix without waiting for the required approval.'],
  ['w/o CI', 'Olumide merged w/o a green build', 'card'],
  ['dismissed staff', 'The carrier dismissed three technicians after the blackout.'],
  ['down to one person', 'The minister said it all came down to one employee typing the wrong date.'],
  ['bore responsibility', 'Regulators said the finance director bore personal responsibility for the losses.'],
  ['failure of staff to act', 'The audit blamed the failure of branch staff to reconcile the ledgers.'],
  ['those responsible and action', 'We have found the engineer responsible and dealt with it.'],
  ['moved off the rotation', 'Take Ferreira off the on-call rotation', 'action'],
  ['went ahead over a warning', 'The product director shipped the release even though two test suites were failing.'],
  ['chose not to act', 'The duty manager was told about the leak and chose not to escalate it.'],
  ['against policy', 'Against company policy, a cashier shared the till password with a temp.'],
  ['a delay put on a person', 'The responder did not start looking at the alerts until 04:10.'],
  ['a stunt', 'Anyone who pulls a stunt like that on prod should expect consequences.'],
  ['an elementary oversight', 'Checking the target before a wipe is a basic part of every admin\'s job.'],
  ['process not followed, card', 'Change checklist not followed', 'card'],
  ['an occupation outside IT', 'The signalman failed to check the points before clearing the train.'],
  ['an act that left data exposed', 'The hospital said its own administrators had set the share to public, leaving patient letters exposed.'],
  ['the wrong target, with decimals', 'A clerk keyed in a rate of 4.5 percent instead of 0.45, sending every invoice out wrong.'],
  ['an error made by a person', 'The duplicate payments were a mistake made by a contractor in the finance team.'],
  ['told not to, and did', 'Ward staff had been told not to share the terminal password.'],
  ['forced a release', 'Management forced the Friday release through.'],
  ['a regretted act, no subject', "Should've paged the database team at 02:00", 'card'],
  ['obvious in hindsight', 'Obvious in hindsight, the disk graph was climbing for a week', 'card'],
  ['kept away from the keyboard', 'Whoever approved that query should be kept away from production for good.'],
  ['half a brain', 'Anyone with half a brain would have seen the certificate date.'],
  ['a rule restated at people', 'The night operators must follow the restart checklist from now on', 'action'],
  ['access for a role', 'Revoke prod access for the contractor', 'action'],
  ['without an identity check', 'The agent changed the password w/o an ID check', 'card'],
  ['a decision that led to it', "The director's decision to skip the load test led to the checkout collapse."],
  ['deferred investment', 'The board deferred the storage upgrade for two years running.'],
  ['overridden alert', 'The operator had overridden the pressure alarm twice that night.'],
  ['left the post', 'The supervisor left the control room early, leaving an apprentice in charge.'],
  ['took no action', 'The site manager had been warned about the leak but took no action.'],
  ['answering for it', 'The directors should be the ones answering for this.'],
  ['rushed by management', 'Rushed by mgmt to make the launch date', 'card'],
  ['without confirming', 'The dispatcher released the crew without confirming the line was isolated.'],
  ['insufficient care', 'Insufficient care was taken by the engineer when editing the zone file.'],
  ['a freeze bypassed', 'Kofi bypassed the code freeze', 'card'],
  ['a checklist not completed', 'The first officer had not completed the pre-flight checklist.'],
  ['no excuse', 'The insurer had no excuse for leaving the database unpatched.'],
  ['tells you everything', 'The fact that nobody noticed for a week tells you everything about that security team.'],
  ['signs obvious in retrospect', 'In retrospect, the warning signs were obvious to anyone watching.'],
  ['entirely avoidable', 'This outage was entirely avoidable.'],
  ['inverted conditional', 'Had the duty officer read the handover note, the valve would not have been opened.'],
  ['walked out', 'Someone needs to be walked out of the building for this.'],
  ['data sent outside', 'A clerk at the council emailed the unencrypted payroll file to a personal address.'],
  ['a weak secret', 'The contractor had set a default admin password on the camera system.'],
  ['relieved of duties', 'The ministry said the project director had been relieved of his duties.'],
  ['known for months', 'Insiders said the managers had known about the flaw for months.'],
  ['gutted a team', 'Leadership gutted the QA team to hit the cost target.'],
  ['the keys to a junior', 'Some junior with root access and no supervision, naturally.'],
  ["what happens when", "That's what happens when the contractors run production."],
  ['warned and did nothing', 'They were told about this exact bug and did nothing.'],
  ['an act that led to the outage', 'Okafor edited the routing table at 09:12 without notifying anyone, which led to the outage.'],
  ['removed from the rotation', 'The individual involved has been removed from the on-call rotation.'],
  ["someone's change as the cause", "Ms. Haddad's change to the cache was the direct cause of the errors."],
  ['alerts dismissed', 'The analyst dismissed four intrusion alerts as noise without opening them.'],
  ['a safety step skipped, card', 'Canary skipped to save time', 'card'],
  ['obvious it would', 'Obvious this would break at month end', 'card'],
  ['HR over a person', 'HR follow-up with the technician involved', 'action'],
  ['held accountable, long', 'Hold the supplier\'s night-shift support team accountable', 'action'],
  ['predictable, intensified', 'The crash was entirely predictable.'],
  ['access for the one involved', 'Revoke VPN access for the technician involved', 'action'],
  // person-level fixes
  ['remind a role', 'Remind network engineers to check the change calendar', 'action'],
  ['training for people', 'Run security training for support staff', 'action'],
  ['human error as the cause', 'The outage was caused by human error during the upgrade.'],
  ['someone should lose their job', 'Someone at that company should lose their job over this.'],
  ['sent on a course', 'Send Oyelaran on a refresher course for the firewall', 'action'],
  ['access revoked, named', "Revoke Haddad's production access", 'action'],
  ['access removed from the one involved', 'Remove console access from the engineer involved', 'action'],
  ['restricted to read-only', 'Restrict the new hire to read-only access', 'action'],
  ['reported upwards', "Escalate Dmitri's behaviour to HR", 'action'],
];

const NOT_BLAME: Array<[string, string, CheckContext?]> = [
  ['negated fault', "It's not Sam's fault."],
  ['hypothetical someone', 'Calling it a fluke makes it sound like someone\'s typo, when the tool allowed it.'],
  ['nobody at fault', 'Nobody here is at fault.'],
  ['rejected pinning', 'Pinning this on the operator would miss the point.'],
  ['easy to blame', 'It would be easy to blame the operator.'],
  ['system fails', 'The hosts failed health checks.'],
  ['job fails', 'The job failed to start.'],
  ['asking about access', 'Why did a contractor even have write access to production?'],
  ['told, passive', 'The branch staff were told nobody else had reported the fault.'],
  ['neutral role narration', 'The on-call engineer was paged at 14:02 and joined the call.'],
  ['system with the wrong value', 'The parser read the wrong field after the schema change.'],
  ['systemic before', 'The deploy tool restarted every node before the health check had passed.'],
  ['forward-looking', 'We should have a dashboard for replication lag.'],
  ['competent, hiring', 'We brought in a competent auditor to review the firewall rules.'],
  ['what kind of system', 'What kind of alert would have told us sooner?'],
  ['not ashamed', 'Nobody should be ashamed of reporting a near miss.'],
  ['offboarding', 'Remove access for departed employees on their last day', 'action'],
  ['access removed from a machine', 'Remove write access from the batch job', 'action'],
  ['access restricted to a system', 'Restrict deploy access to the release pipeline', 'action'],
  ['reporting an incident', 'Report the outage to the regulator within 72 hours', 'action'],
  ['human error as a symptom', 'Human error is a symptom of the tooling we gave people.'],
  ['human error as a start', 'Human error is where an investigation starts, not where it ends.'],
  ['human error rejected as a cause', 'Human error is never an explanation on its own.'],
  ['responsibility for a service', 'Responsibility for the gateway lies with the platform team.'],
  ['nobody should lose their job', 'Nobody should lose their job over a missing confirmation prompt.'],
  ['a lower-case name in a noun phrase', 'Require the canary stage; remove the skip flag', 'action'],
  ['denied blame', 'The company denied claims that the technician was to blame.'],
  ['no one to blame', 'The board said no single engineer was to blame for the outage.'],
  ['blaming, discussed', 'Blaming the intern is the laziest possible takeaway here.'],
  ['blamed a system', 'The airline blamed a power failure at its data centre.'],
  ['staff repaired, reported', 'The carrier said its technicians had replaced the damaged cable by noon.'],
  ['software agent', 'The monitoring agent failed to report disk usage after the upgrade.'],
  ['an act that repaired', 'The DBA rebuilt the index, which brought checkout back online.'],
  ['a job did the damage', 'The cleanup job truncated the audit table, which corrupted the nightly report.'],
  ['a machine with a job title', 'The incident began when the storage controller rebooted itself.'],
  ['a slip with its reason', 'The operator misread the gauge because its units were unlabelled.'],
  ['passive wrong order', 'Nothing prevented the steps being run in the wrong order.'],
  ['an order to a system', 'Have Grafana alert on replication lag.'],
  ['narrated asking', 'We asked Oluwaseun to look at the graphs.'],
  // blame argued against, asked about or quoted to be explained
  ['a punishment ruled out', 'Nobody is getting fired over a missing prompt.'],
  ['a question about blame', 'Reporters asked whether a technician was to blame.'],
  ['a quoted label explained', '"Pilot error" in an accident report usually means the cockpit design was never examined.'],
  ['a practice judged', 'Sacking the admin would only teach everyone else to hide their slips.'],
  ['a rejected alternative', 'The fix is a two-person rule, not a memo telling staff to be more careful.'],
  ['described as a label', 'It is tempting to describe this as "human error", but the form accepted any date.'],
  ['a system slowing down', 'The tool should slow down and ask for confirmation on production.'],
  ['blame on attackers', 'Investigators blamed a ransomware gang operating out of several countries.'],
  ['a quoted excuse explained', '"Operator error" is what a vendor says when its console has no undo.'],
  ['a quoted label equated', "'Pilot error' = the cockpit gave no warning"],
  ['a quoted chorus', 'Plenty of "the admin should have known" in the replies.'],
  ['a claim of blame rejected', 'Reports blaming a single technician for the blackout are simply wrong.'],
  ['a dismissed colleague defended', 'Friends of the dismissed engineer say he had warned about the backups twice.'],
  ['rotation for a system', 'Move the batch jobs off the shared rotation', 'action'],
  ['a system going ahead', 'The scheduler launched the job even though the lock was held.'],
  ['a repair instead of', 'The engineer restored from the replica instead of waiting for the backup.'],
  ['a change made by a pipeline', 'The change was made by the deploy pipeline at 02:14.'],
  ['obvious in hindsight, but', 'Obvious in hindsight, but nothing on the dashboard pointed at the disk.'],
  ['judgement doubted', "I don't think the on-call engineer was careless at all."],
  ['a quoted label reworded', '"Human error" in the first draft, reworded after review'],
  ['a system told not to', 'The scheduler had been told not to run jobs during the freeze window.'],
  ['a punishment denied for staff', 'The council said no member of staff would be disciplined over the outage.'],
  ['blame declined', 'The director said she did not blame the clerks who opened the attachment.'],
  ['a label too simple', 'The inquiry said "operator error" was too simple an explanation.'],
  ['quoted, saying', 'People saying "they should have tested it" have never seen that test rig.'],
  ['easy to describe', 'It would be easy to describe this as human error, but the form allowed it.'],
  ['a hypothetical you', 'Had you asked us a year ago, we would not have predicted this.'],
  ['never been paged', 'Half the replies come from people who have never been paged at night.'],
  ['blame rejected by a union', 'The union rejected claims that the driver was at fault.'],
  ['unfairly made a scapegoat', 'Colleagues said he had been unfairly made a scapegoat.'],
  ['root cause negated', 'If one typo can drop the database, the typo is not your root cause.'],
  ['a label in replies', 'To everyone posting "human error" here: it explains nothing.'],
  ['nobody asleep', 'Nobody was "asleep at the wheel"; the alert went to an archived channel.'],
  ['instead of another reminder', 'Make the safe path easy instead of writing yet another "be careful" page.'],
  ['machines never came up', 'The generators at one of them never came up.'],
  ['a team cut its own toil', 'The platform team cut the alert volume in half.'],
  ['what happens when, no person', "That's what happens when a cache goes cold under load."],
  ['easy to say', "It's easy to say the clerk should have noticed, but the form hid the field."],
];

describe('blame patterns without the classic keywords', () => {
  for (const [name, text, context] of BLAME) {
    it(`catches: ${name}`, () => expect(flagged(text, context)).toBe(true));
  }
  for (const [name, text, context] of NOT_BLAME) {
    it(`leaves alone: ${name}`, () => expect(flagged(text, context)).toBe(false));
  }
});

describe('a person\'s work as the agent of the damage', () => {
  it('catches a role\'s or name\'s change that broke something', () => {
    expect(flagged("The contractor's migration deleted the customer index.")).toBe(true);
    expect(flagged('Those responsible have been identified.')).toBe(true);
    expect(flagged('A rogue administrator wiped the mail server.')).toBe(true);
  });
  it('leaves alone a change that broke nothing, and a team responsible for a service', () => {
    expect(flagged("Sam's change broke nothing.")).toBe(false);
    expect(flagged('The team responsible for the gateway joined the call.')).toBe(false);
  });
});

describe('staff in the actor\'s seat of a company\'s account', () => {
  it('catches what staff did, as the company tells it', () => {
    expect(flagged('The bank said an employee had entered an incorrect exchange rate.')).toBe(true);
    expect(flagged('The airline admitted that a junior technician deleted the schedule file.')).toBe(true);
    expect(flagged('The outage was a mistake on the part of a contractor.')).toBe(true);
  });
  it('leaves alone what staff did to notice and recover', () => {
    expect(flagged('The company said an engineer was working on a fix.')).toBe(false);
    expect(flagged('Officials said an engineer noticed the spike at 09:10.')).toBe(false);
    expect(flagged('The script wrote an incorrect value to the config.')).toBe(false);
  });
});
