import type { CommandBody } from '../../tests/support/client.ts';

/**
 * What one benchmark room does, change after change: a compressed retro. Members add and edit
 * timeline cards, the facilitator reveals and moves phases, members add factors and vote within
 * their budget. Commands that depend on an earlier ack (edit a card, vote on a factor) fall
 * back to adding a card when that ack has not arrived yet, so the script never stalls.
 */
const CYCLE = [
  'phase:timeline',
  'card', 'card', 'card', 'card', 'card', 'card', 'card', 'card',
  'edit', 'edit', 'edit', 'edit',
  'reveal',
  'phase:factors',
  'factor', 'factor', 'factor',
  'reveal',
  'phase:voting',
  'vote', 'vote', 'vote', 'vote',
  'phase:actions',
] as const;

export interface Step {
  member: number;
  body: CommandBody;
  /** Called with the created id when the command is acked. */
  onCreated?: (id: string) => void;
}

export class RoomScript {
  private step = 0;
  private readonly cards: { id: string; author: number }[] = [];
  private readonly factors: string[] = [];
  private readonly votesLeft: number[];

  constructor(
    private readonly members: number,
    private readonly random: () => number,
    voteBudget = 5,
  ) {
    this.votesLeft = Array.from({ length: members }, () => voteBudget);
  }

  next(): Step {
    const kind = CYCLE[this.step++ % CYCLE.length];
    const anyone = 1 + Math.floor(this.random() * (this.members - 1));
    switch (kind) {
      case 'phase:timeline':
      case 'phase:factors':
      case 'phase:voting':
      case 'phase:actions':
        return { member: 0, body: { type: 'phase.set', phase: kind.slice(6) as 'timeline' } };
      case 'reveal':
        return { member: 0, body: { type: 'cards.reveal' } };
      case 'edit': {
        const card = this.cards[Math.floor(this.random() * this.cards.length)];
        if (card) return { member: card.author, body: { type: 'timeline.edit', cardId: card.id, text: `Edited at ${Date.now()}` } };
        return this.card(anyone);
      }
      case 'factor':
        return {
          member: anyone,
          body: { type: 'factor.add', text: 'Alert thresholds were tuned for daytime traffic', category: 'monitoring' },
          onCreated: (id) => this.factors.push(id),
        };
      case 'vote': {
        const factorId = this.factors[Math.floor(this.random() * this.factors.length)];
        if (!factorId || this.votesLeft[anyone] === 0) return this.card(anyone);
        this.votesLeft[anyone]--;
        return { member: anyone, body: { type: 'vote.cast', factorId } };
      }
      default:
        return this.card(anyone);
    }
  }

  private card(member: number): Step {
    return {
      member,
      body: { type: 'timeline.add', text: 'Checkout error rate rose to 12% after the deploy', at: new Date().toISOString() },
      onCreated: (id) => this.cards.push({ id, author: member }),
    };
  }
}
