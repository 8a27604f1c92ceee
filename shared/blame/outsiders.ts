/**
 * Sentences whose actor is someone attacking the organisation from outside: "Attackers emailed
 * the security team demanding payment", "Jan 20: intruder deleted snapshots". Saying what an
 * attacker did is the timeline of an attack, not blame of the people who run the system
 * (BLAMELESS.md: the subject of blame is a colleague). The classifier reads "<actor> deleted …"
 * the same whoever the actor is, so its hint is not given here; the phrase rules still read
 * the sentence, and blame of staff later in it ("… because the admin left the port open") is
 * theirs to find.
 *
 * Among the 14,000 training sentences, every one that opens this way is labelled blameless.
 */
import { OUTSIDERS } from './rulebook/lexicon.ts';

const OPENS_WITH_ATTACKER = new RegExp(
  String.raw`^\s*` +
    // an optional time or date stamp, or a short lead-in ("Overnight, …", "On 14 May, …")
    String.raw`(?:[^:.;!?]{0,25}:\s*|(?:on|at|by|in|within|after|then|later|overnight|meanwhile)\b[^,.;!?]{0,30},\s*)?` +
    String.raw`(?:the |an? |some |unknown |suspected |those |these |two |three |several )?(?:[\w-]+ )?` +
    String.raw`(?:${OUTSIDERS.flat().join('|')}|ransomware (?:gang|group|crew|operators?|affiliates?)|threat actors?|bad actors?)\b`,
  'i',
);

/**
 * Staff in a later clause: then the classifier still reads the sentence ("Attackers walked straight
 * in; frankly the IT team made it trivial for them"). Staff the attackers acted on ("emailed the
 * security team") stay in the first clause.
 */
const STAFF_LATER = /(?:[;:\u2014\u2013]|\b(?:but|because|since|although|while|and then)\b)[^]*\b(?:team|staff|admins?|administrators?|engineers?|employees?|operators?|contractors?|technicians?|developers?|IT department|management|leadership|CEO|CTO|CISO|intern)\b/i;

export const opensWithAttacker = (sentence: string): boolean => OPENS_WITH_ATTACKER.test(sentence) && !STAFF_LATER.test(sentence.replace(/^[^:]{0,25}:/, ''));
