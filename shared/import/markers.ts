import type { Marker } from '../domain/values.ts';

/**
 * Key-moment markers a log line suggests. Only suggestions: the import preview shows each one
 * and the user keeps, changes or clears it. Checked in this order, so "alert resolved" is a
 * resolution and "acknowledged the alert" an acknowledgement rather than a detection.
 */
const SUGGESTIONS: [Marker, RegExp][] = [
  ['resolved', /\b(resolved|all[- ]clear|fully (recovered|restored)|back to normal|incident (is )?closed|closing the incident)\b/i],
  ['mitigated', /\b(roll(ed|ing)?[- ]?back|revert(ed|ing)?|mitigat\w*|failed over|fail[- ]?over|workaround|recovering|errors? (dropp|going down|back down))/i],
  ['acknowledged', /\b(ack(nowledged|ed|'d)?|on it|looking into( it)?|investigating|incident (declared|opened|started)|taking (a look|incident command))\b/i],
  ['detected', /\b(alert(s|ed)?( \w+)? (fired|firing|triggered|went off)|paged|pag(e|ing) (fired|went out|sent)|alarm|detected|noticed|pagerduty)\b/i],
  ['impact-start', /\b(impact (started|began|begins)|outage|(started|start|began) failing|failing|customers? (report\w*|see\w*|can't|cannot)|errors? (spik\w*|start\w*))\b/i],
];

export function suggestMarker(text: string): Marker | null {
  for (const [marker, pattern] of SUGGESTIONS) if (pattern.test(text)) return marker;
  return null;
}
