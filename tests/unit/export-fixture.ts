import { apply } from '../../shared/domain/apply.ts';
import type { RetroEvent } from '../../shared/domain/events.ts';
import { emptyState, type ActionItem, type ContributingFactor, type RetroState, type TimelineCard } from '../../shared/domain/state.ts';

/**
 * Builds retro states for the exporter's tests by folding real events through `apply`, the
 * way the server does, with `seq` taken from the version like `decide` does.
 */
export class RetroBuilder {
  state: RetroState;

  constructor(id: string, title: string, createdAt: string) {
    this.state = emptyState(id, title, createdAt);
  }

  event(event: RetroEvent): this {
    this.state = apply(this.state, event);
    return this;
  }

  update(changes: Extract<RetroEvent, { type: 'retro.updated' }>['changes'], settings?: { privateWriting?: boolean }): this {
    return this.event({ type: 'retro.updated', changes, ...(settings ? { settings } : {}) });
  }

  phase(phase: RetroState['retro']['phase']): this {
    return this.event({ type: 'phase.set', phase });
  }

  reveal(): this {
    return this.event({ type: 'cards.revealed' });
  }

  card(authorId: string, card: Pick<TimelineCard, 'id' | 'text'> & Partial<TimelineCard>): this {
    return this.event({
      type: 'timeline.added',
      card: {
        at: null,
        marker: null,
        evidenceUrl: null,
        hidden: this.state.retro.settings.privateWriting,
        ...card,
        authorId,
        seq: this.state.version + 1,
      },
    });
  }

  factor(authorId: string, factor: Pick<ContributingFactor, 'id' | 'text' | 'category'> & Partial<ContributingFactor>): this {
    return this.event({
      type: 'factor.added',
      factor: {
        prompt: null,
        timelineCardIds: [],
        hidden: this.state.retro.settings.privateWriting,
        ...factor,
        authorId,
        seq: this.state.version + 1,
      },
    });
  }

  votes(voterId: string, factorId: string, n: number): this {
    for (let i = 0; i < n; i++) this.event({ type: 'vote.cast', factorId, voterId });
    return this;
  }

  action(authorId: string, action: Pick<ActionItem, 'id' | 'title' | 'kind' | 'owner' | 'priority'> & Partial<ActionItem>): this {
    return this.event({
      type: 'action.added',
      action: {
        dueDate: null,
        doneCriterion: '',
        factorIds: [],
        trackerUrl: null,
        status: 'open',
        reason: null,
        ...action,
        authorId,
      },
    });
  }

  status(actionId: string, status: ActionItem['status'], reason: string | null = null): this {
    return this.event({ type: 'action.status', actionId, status, reason });
  }
}

/** Participant ids used by the realistic retro: none may appear in any export. */
export const PARTICIPANTS = {
  facilitator: 'pid-facilitator-5c1e9a',
  ana: 'pid-participant-0a7f31',
  ben: 'pid-participant-19b4c2',
  chi: 'pid-participant-2d8e53',
  dev: 'pid-participant-3f0a64',
  /** Writes only a card that is never revealed. */
  quiet: 'pid-participant-4b2c75',
} as const;

/** Text of the card and factor that are never revealed: must never appear in an export. */
export const NEVER_REVEALED = {
  card: 'Never revealed: payments-api pods were restarted by hand at 14:20',
  factor: 'Never revealed: the runbook link in the alert pointed to a deleted page',
};

/**
 * A realistic SEV2 retro: a connection-pool change, a retry storm, late detection. Everything a
 * post-mortem can hold: markers, evidence links, factors from all three prompts with votes (and
 * a tie), action items in every status including not-doing with its reason, and one card and one
 * factor that were written privately after the reveal and never revealed.
 */
export function paymentsOutage(until: 'voting' | 'review' = 'review'): RetroState {
  const p = PARTICIPANTS;
  const b = new RetroBuilder('r-8Hk2Qp', 'Payments API outage', '2026-11-20T16:05:00.000Z')
    .update({
      summary:
        'For 72 minutes, card payments at checkout failed for about a third of customers in eu-west-1.\n\n' +
        'A configuration change lowered the `payments-api` database connection pool from 50 to 20. ' +
        'Under afternoon load the pool saturated, and checkout workers retried failed calls without ' +
        'backoff, which kept it saturated until the change was rolled back.',
      severity: 'SEV2',
      customerImpact:
        'About 31% of card payments in eu-west-1 failed between 14:02 and 15:14 UTC (roughly 4,800 orders). ' +
        'Customers saw "Payment could not be processed"; most retried successfully after 15:00.\n' +
        'No payment was taken twice.',
      impactStart: '2026-11-20T14:02:00.000Z',
      impactEnd: '2026-11-20T15:14:00.000Z',
    })
    .phase('timeline')
    .card(p.ana, {
      id: 'c-pool',
      text: 'Config change merged: payments-api pool size 50 → 20 (cost review, PR #4821)',
      at: '2026-11-20T13:48:00.000Z',
      evidenceUrl: 'https://git.example.com/acme/payments/pull/4821',
    })
    .card(p.ben, {
      id: 'c-errors',
      text: 'Checkout error rate rises above 5% in eu-west-1',
      at: '2026-11-20T14:02:00.000Z',
      marker: 'impact-start',
      evidenceUrl: 'https://grafana.example.com/d/checkout?orgId=1&from=1795269600000&to=1795274000000',
    })
    .card(p.chi, {
      id: 'c-page',
      text: 'PaymentsLatencyHigh alert pages the on-call engineer (p99 > 2 s for 5 min)',
      at: '2026-11-20T14:11:00.000Z',
      marker: 'detected',
    })
    .card(p.chi, {
      id: 'c-ack',
      text: 'On-call acknowledges the page and opens the #inc-payments channel',
      at: '2026-11-20T14:14:00.000Z',
      marker: 'acknowledged',
    })
    .card(p.dev, {
      id: 'c-retries',
      text:
        'Dashboards show the pool at 100% and checkout workers retrying every failed call at once\n' +
        '(`retries=5`, no backoff)',
      at: '2026-11-20T14:31:00.000Z',
      evidenceUrl: 'https://grafana.example.com/d/pool?var-service=payments|checkout',
    })
    .card(p.ana, {
      id: 'c-rollback',
      text: 'Pool size change rolled back; error rate starts falling',
      at: '2026-11-20T14:49:00.000Z',
      marker: 'mitigated',
      evidenceUrl: 'https://git.example.com/acme/payments/pull/4830',
    })
    .card(p.ben, {
      id: 'c-resolved',
      text: 'Error rate back at baseline for 15 minutes; incident resolved',
      at: '2026-11-20T15:14:00.000Z',
      marker: 'resolved',
    })
    .card(p.dev, {
      id: 'c-status',
      text: 'Status page updated after customers reported failures on social media',
    })
    .reveal()
    .phase('factors')
    .factor(p.ana, {
      id: 'f-review',
      text: "The config review showed the diff but not the pool's share of peak traffic, so a 60% cut looked routine.",
      category: 'change-management',
      prompt: 'hard',
      timelineCardIds: ['c-pool'],
    })
    .factor(p.ben, {
      id: 'f-alerting',
      text: 'Alerting keys on latency, not on pool saturation: the first page came 9 minutes after impact began.',
      category: 'monitoring',
      prompt: 'hard',
      timelineCardIds: ['c-page', 'c-errors'],
    })
    .factor(p.chi, {
      id: 'f-retries',
      text: 'The checkout payment client retries immediately with no jitter or retry budget, so failures multiplied load.',
      category: 'tooling',
      prompt: 'hard',
      timelineCardIds: ['c-retries'],
    })
    .factor(p.dev, {
      id: 'f-autoscale',
      text: 'Several of us believed the pool was autoscaled; it has been a fixed size since the 2024 migration.',
      category: 'documentation',
      prompt: 'surprised',
    })
    .factor(p.ana, {
      id: 'f-peak',
      text: 'Impact began after the lunchtime peak, so traffic was already falling.',
      category: 'capacity',
      prompt: 'lucky',
      timelineCardIds: ['c-errors'],
    })
    .factor(p.ben, {
      id: 'f-status',
      text: 'Status page updates have no owner among the incident roles, so they waited for a quiet moment.',
      category: 'communication',
      timelineCardIds: ['c-status'],
    })
    .reveal()
    // Written privately after the reveal and never revealed: must stay out of every export.
    .card(p.quiet, { id: 'c-secret', text: NEVER_REVEALED.card, at: '2026-11-20T14:20:00.000Z', marker: 'mitigated' })
    .factor(p.quiet, { id: 'f-secret', text: NEVER_REVEALED.factor, category: 'documentation', timelineCardIds: ['c-secret'] })
    .phase('voting')
    .votes(p.ana, 'f-alerting', 2)
    .votes(p.ana, 'f-retries', 2)
    .votes(p.ana, 'f-autoscale', 1)
    .votes(p.ben, 'f-retries', 2)
    .votes(p.ben, 'f-review', 2)
    .votes(p.ben, 'f-peak', 1)
    .votes(p.chi, 'f-alerting', 2)
    .votes(p.chi, 'f-autoscale', 1)
    .votes(p.dev, 'f-retries', 1)
    .votes(p.dev, 'f-alerting', 1)
    // The quiet participant voted on their own hidden factor: not part of any total we show.
    .votes(p.quiet, 'f-secret', 3);
  if (until === 'voting') return b.state;
  b.phase('actions')
    .action(p.ben, {
      id: 'a-alert',
      title: 'Add a pool-saturation alert for payments-api (80% for 5 minutes)',
      kind: 'detect',
      owner: 'Payments platform team',
      priority: 'high',
      dueDate: '2026-12-18',
      doneCriterion: 'The alert fires in the staging load test before checkout errors pass 1%',
      factorIds: ['f-alerting'],
      trackerUrl: 'https://tracker.example.com/browse/PAY-1042',
    })
    .action(p.chi, {
      id: 'a-retries',
      title: 'Add jitter and a retry budget to the checkout payment client',
      kind: 'prevent',
      owner: 'Checkout team',
      priority: 'high',
      dueDate: '2026-12-18',
      doneCriterion: 'Retries stay under 10% of calls when payments-api returns errors in a load test',
      factorIds: ['f-retries'],
      trackerUrl: 'https://tracker.example.com/browse/CHK-311',
    })
    .action(p.ana, {
      id: 'a-review',
      title: "Show a change's share of peak capacity in the config review checklist",
      kind: 'prevent',
      owner: 'Developer experience',
      priority: 'medium',
      dueDate: '2027-01-15',
      factorIds: ['f-review', 'f-secret'],
    })
    .action(p.facilitator, {
      id: 'a-status',
      title: 'Add a communications lead to the incident roles',
      kind: 'process',
      owner: 'Incident response guild',
      priority: 'medium',
      dueDate: '2027-01-15',
      doneCriterion: 'The role is in the incident runbook and the paging rota',
      factorIds: ['f-status'],
    })
    .action(p.dev, {
      id: 'a-autoscale',
      title: 'Replace the fixed pool with autoscaling',
      kind: 'mitigate',
      owner: 'Payments platform team',
      priority: 'low',
      factorIds: ['f-autoscale'],
    })
    .status('a-retries', 'in-progress')
    .status('a-status', 'done')
    .status(
      'a-autoscale',
      'not-doing',
      "The database's connection limit bounds the pool: autoscaling would move the bottleneck, not remove it. " +
        'The saturation alert covers the risk.',
    )
    .phase('review');
  return b.state;
}
