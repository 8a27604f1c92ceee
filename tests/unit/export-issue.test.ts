import { describe, expect, it } from 'vitest';
import { actionAsIssue } from '../../shared/export/issue.ts';
import type { PostMortemAction } from '../../shared/export/types.ts';

const action: PostMortemAction = {
  id: 'a1',
  title: 'Alert on *stale* index age',
  kind: 'detect',
  owner: 'Search team',
  priority: 'high',
  dueDate: '2026-12-31',
  doneCriterion: 'An alert fires within 5 minutes\nand links the runbook',
  factorIds: ['f1'],
  trackerUrl: 'https://tracker.example/SEARCH-1',
  status: 'open',
  reason: null,
  carriedFrom: { id: 'r0', title: 'Search outage in May' },
};

describe('Copy as issue', () => {
  it('writes the action item as tracker-ready Markdown, with its factors and where it came from', () => {
    expect(actionAsIssue(action, ['No alert on index age'], 'Search outage')).toBe(
      [
        '## Alert on \\*stale\\* index age',
        '',
        '**Owner:** Search team · **Priority:** High · **Due:** 2026-12-31 · **Kind:** Detect · **Status:** Open',
        '',
        '**Done when:** An alert fires within 5 minutes\\',
        'and links the runbook',
        '',
        '**Contributing factors it addresses:**',
        '',
        '- No alert on index age',
        '',
        '**Tracker:** <https://tracker.example/SEARCH-1>',
        '',
        'From the post-mortem “Search outage”. Carried over from “Search outage in May”.',
        '',
      ].join('\n'),
    );
  });

  it('leaves out what an item does not have', () => {
    const bare = { ...action, doneCriterion: '', trackerUrl: null, dueDate: null, carriedFrom: undefined };
    const text = actionAsIssue(bare, [], 'Search outage');
    expect(text).toContain('**Due:** not set');
    expect(text).not.toMatch(/Done when|Contributing factors|Tracker|Carried over/);
  });
});
