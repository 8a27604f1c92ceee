import { describe, expect, it } from 'vitest';
import { viewFor } from '../../shared/domain/view.ts';
import { alice, bob, DomainRetro, facilitator } from '../support/domain.ts';
import type { Actor } from '../../shared/domain/state.ts';

const presence = { online: 3, ready: 0, asked: 2, askedReady: 0 };
const view = (retro: DomainRetro, actor: Actor) => viewFor(retro.state, { ...actor, ready: false }, presence);

describe('decide and apply: the rules of a retro', () => {
  it('lets only the facilitator run facilitator commands', () => {
    const retro = new DomainRetro();
    for (const body of [
      { type: 'retro.update', title: 'x' },
      { type: 'phase.set', phase: 'voting' },
      { type: 'timer.start', seconds: 60 },
      { type: 'timer.stop' },
      { type: 'cards.reveal' },
    ] as const) {
      expect(retro.error(alice, body)).toBe('forbidden');
      expect(retro.run(facilitator, body).ok).toBe(true);
    }
  });

  it('hides private cards from everyone but their author, the facilitator included', () => {
    const retro = new DomainRetro();
    const card = retro.ok(alice, { type: 'timeline.add', text: 'secret' });
    expect(view(retro, alice).timeline).toEqual([expect.objectContaining({ id: card, mine: true, private: true })]);
    for (const other of [bob, facilitator]) {
      expect(view(retro, other).timeline).toEqual([]);
      expect(view(retro, other).hidden.timeline).toBe(1);
      expect(JSON.stringify(view(retro, other))).not.toContain('secret');
    }
    // Acting on a card you cannot see answers not_found, even for the facilitator.
    expect(retro.error(facilitator, { type: 'timeline.remove', cardId: card })).toBe('not_found');
    retro.ok(facilitator, { type: 'cards.reveal' });
    expect(view(retro, bob).timeline).toEqual([expect.objectContaining({ text: 'secret', mine: false })]);
    expect(view(retro, bob).timeline[0]).not.toHaveProperty('private');
    expect(view(retro, alice).timeline[0]).not.toHaveProperty('private');
  });

  it('shows cards at once with private writing off', () => {
    const retro = new DomainRetro();
    retro.ok(facilitator, { type: 'retro.update', settings: { privateWriting: false } });
    retro.ok(alice, { type: 'timeline.add', text: 'open' });
    expect(view(retro, bob).timeline.map((c) => c.text)).toEqual(['open']);
  });

  it('allows edits by the author or the facilitator only', () => {
    const retro = new DomainRetro();
    retro.ok(facilitator, { type: 'retro.update', settings: { privateWriting: false } });
    const card = retro.ok(alice, { type: 'timeline.add', text: 'a' });
    expect(retro.error(bob, { type: 'timeline.edit', cardId: card, text: 'b' })).toBe('forbidden');
    retro.ok(alice, { type: 'timeline.edit', cardId: card, text: 'b' });
    retro.ok(facilitator, { type: 'timeline.edit', cardId: card, marker: 'detected' });
    expect(retro.state.timeline[card]).toMatchObject({ text: 'b', marker: 'detected' });
    const factor = retro.ok(alice, { type: 'factor.add', text: 'f', category: 'process', timelineCardIds: [card] });
    expect(retro.error(bob, { type: 'factor.remove', factorId: factor })).toBe('forbidden');
    retro.ok(facilitator, { type: 'timeline.remove', cardId: card });
    expect(retro.state.factors[factor].timelineCardIds).toEqual([]);
  });

  it('binds votes to the voting phase, the budget and the per-factor cap', () => {
    const retro = new DomainRetro();
    retro.ok(facilitator, { type: 'retro.update', settings: { voteBudget: 3, maxVotesPerFactor: 2, privateWriting: false } });
    const f1 = retro.ok(alice, { type: 'factor.add', text: 'one', category: 'process' });
    const f2 = retro.ok(alice, { type: 'factor.add', text: 'two', category: 'tooling' });
    expect(retro.error(alice, { type: 'vote.cast', factorId: f1 })).toBe('conflict');
    retro.ok(facilitator, { type: 'phase.set', phase: 'voting' });
    retro.ok(alice, { type: 'vote.cast', factorId: f1 });
    retro.ok(alice, { type: 'vote.cast', factorId: f1 });
    expect(retro.error(alice, { type: 'vote.cast', factorId: f1 })).toBe('limit');
    retro.ok(alice, { type: 'vote.cast', factorId: f2 });
    expect(retro.error(alice, { type: 'vote.cast', factorId: f2 })).toBe('limit');
    expect(retro.error(bob, { type: 'vote.retract', factorId: f1 })).toBe('conflict');
    retro.ok(alice, { type: 'vote.retract', factorId: f2 });
    expect(view(retro, alice).me).toMatchObject({ votes: { [f1]: 2 }, votesLeft: 1 });
    expect(view(retro, bob).me).toMatchObject({ votes: {}, votesLeft: 3 });
  });

  it('keeps totals secret until voting is left, then shows them for good', () => {
    const retro = new DomainRetro();
    retro.ok(facilitator, { type: 'retro.update', settings: { privateWriting: false } });
    const f1 = retro.ok(alice, { type: 'factor.add', text: 'one', category: 'process' });
    retro.ok(facilitator, { type: 'phase.set', phase: 'voting' });
    retro.ok(alice, { type: 'vote.cast', factorId: f1 });
    retro.ok(bob, { type: 'vote.cast', factorId: f1 });
    for (const actor of [alice, bob, facilitator]) expect(view(retro, actor).factors[0].votes).toBeNull();
    retro.ok(facilitator, { type: 'phase.set', phase: 'actions' });
    expect(view(retro, bob).factors[0].votes).toBe(2);
    retro.ok(facilitator, { type: 'phase.set', phase: 'voting' });
    retro.ok(bob, { type: 'vote.cast', factorId: f1 });
    expect(view(retro, alice).factors[0].votes).toBe(3);
  });

  it('merges factors: votes (past the cap), links and action links move to the target', () => {
    const retro = new DomainRetro();
    retro.ok(facilitator, { type: 'retro.update', settings: { privateWriting: false, maxVotesPerFactor: 2 } });
    const card = retro.ok(alice, { type: 'timeline.add', text: 'c' });
    const source = retro.ok(alice, { type: 'factor.add', text: 's', category: 'process', timelineCardIds: [card] });
    const target = retro.ok(bob, { type: 'factor.add', text: 't', category: 'process' });
    retro.ok(facilitator, { type: 'phase.set', phase: 'voting' });
    for (const id of [source, source, target, target]) retro.ok(alice, { type: 'vote.cast', factorId: id });
    expect(retro.error(facilitator, { type: 'factor.merge', sourceId: target, targetId: target })).toBe('invalid');
    expect(retro.error(alice, { type: 'factor.merge', sourceId: source, targetId: target })).toBe('forbidden');
    retro.ok(facilitator, { type: 'factor.merge', sourceId: source, targetId: target });
    expect(view(retro, alice).me.votes).toEqual({ [target]: 4 });
    expect(retro.state.factors[target].timelineCardIds).toEqual([card]);
    expect(retro.state.factors[source]).toBeUndefined();
  });

  it('freezes cards, factors and votes in review but not action items', () => {
    const retro = new DomainRetro();
    const action = retro.ok(alice, { type: 'action.add', title: 'Add a canary stage', kind: 'prevent', owner: 'Platform team', priority: 'high' });
    retro.ok(facilitator, { type: 'phase.set', phase: 'review' });
    expect(retro.error(alice, { type: 'timeline.add', text: 'x' })).toBe('conflict');
    expect(retro.error(alice, { type: 'factor.add', text: 'x', category: 'other' })).toBe('conflict');
    expect(retro.error(facilitator, { type: 'cards.reveal' })).toBe('conflict');
    retro.ok(facilitator, { type: 'action.status', actionId: action, status: 'done' });
    retro.ok(alice, { type: 'action.edit', actionId: action, doneCriterion: 'Canary runs on every deploy' });
    retro.ok(facilitator, { type: 'retro.update', summary: 'Follow-up done' });
  });

  it('gives action items a default due date from their priority and requires a reason for not-doing', () => {
    const retro = new DomainRetro();
    const action = retro.ok(alice, { type: 'action.add', title: 'Add a canary stage', kind: 'prevent', owner: 'Platform team', priority: 'high' });
    expect(retro.state.actions[action].dueDate).toBe('2026-12-18');
    expect(retro.error(facilitator, { type: 'action.status', actionId: action, status: 'not-doing' })).toBe('invalid');
    expect(retro.error(facilitator, { type: 'action.status', actionId: action, status: 'not-doing', reason: '  ' })).toBe('invalid');
    retro.ok(facilitator, { type: 'action.status', actionId: action, status: 'not-doing', reason: 'Replaced by the new pipeline' });
    expect(retro.state.actions[action]).toMatchObject({ status: 'not-doing', reason: 'Replaced by the new pipeline' });
    expect(retro.error(alice, { type: 'action.remove', actionId: action })).toBe('forbidden');
    expect(retro.error(alice, { type: 'action.add', title: 'x', kind: 'prevent', owner: 'o', priority: 'low', factorIds: ['missing'] })).toBe('not_found');
  });

  it('never puts an author, voter or participant id in any view', () => {
    const retro = new DomainRetro();
    retro.ok(facilitator, { type: 'retro.update', settings: { privateWriting: false } });
    const f = retro.ok(alice, { type: 'factor.add', text: 'one', category: 'process' });
    retro.ok(alice, { type: 'timeline.add', text: 'card' });
    retro.ok(alice, { type: 'action.add', title: 'Add a check', kind: 'prevent', owner: 'Team', priority: 'low' });
    retro.ok(facilitator, { type: 'phase.set', phase: 'voting' });
    retro.ok(alice, { type: 'vote.cast', factorId: f });
    retro.ok(facilitator, { type: 'phase.set', phase: 'review' });
    for (const actor of [alice, bob, facilitator]) {
      const text = JSON.stringify(view(retro, actor));
      for (const id of [alice, bob, facilitator].map((a) => a.participantId)) expect(text).not.toContain(id);
      expect(text).not.toMatch(/author|voter|participantId|token/i);
    }
  });
});

describe('private factors', () => {
  it('cannot get votes or action links until revealed, so nothing ties them to their author', () => {
    const retro = new DomainRetro();
    const factor = retro.ok(alice, { type: 'factor.add', text: 'mine, private', category: 'process' });
    expect(retro.error(alice, { type: 'action.add', title: 'Add a check', kind: 'detect', owner: 'SRE', priority: 'low', factorIds: [factor] })).toBe('conflict');
    retro.ok(facilitator, { type: 'phase.set', phase: 'voting' });
    expect(retro.error(alice, { type: 'vote.cast', factorId: factor })).toBe('conflict');
    expect(retro.error(bob, { type: 'vote.cast', factorId: factor })).toBe('not_found');
    retro.ok(facilitator, { type: 'cards.reveal' });
    retro.ok(alice, { type: 'vote.cast', factorId: factor });
  });

  it('cannot be merged, nor linked to private timeline cards, before the reveal', () => {
    const retro = new DomainRetro();
    const hiddenCard = retro.ok(alice, { type: 'timeline.add', text: 'private card' });
    expect(retro.error(alice, { type: 'factor.add', text: 'f', category: 'process', timelineCardIds: [hiddenCard] })).toBe('conflict');
    const own = retro.ok(facilitator, { type: 'factor.add', text: 'facilitator, private', category: 'process' });
    retro.ok(facilitator, { type: 'retro.update', settings: { privateWriting: false } });
    const open = retro.ok(bob, { type: 'factor.add', text: 'public', category: 'process' });
    expect(retro.error(facilitator, { type: 'factor.merge', sourceId: own, targetId: open })).toBe('conflict');
    expect(retro.error(facilitator, { type: 'factor.merge', sourceId: open, targetId: own })).toBe('conflict');
    retro.ok(facilitator, { type: 'cards.reveal' });
    retro.ok(facilitator, { type: 'factor.merge', sourceId: own, targetId: open });
    retro.ok(alice, { type: 'factor.add', text: 'f', category: 'process', timelineCardIds: [hiddenCard] });
  });

  it('stores URLs normalised, and limits what is stored', () => {
    const retro = new DomainRetro();
    const long = `https://grafana.example/${'a '.repeat(700)}z`; // 1,425 characters as typed, 2,825 stored
    expect(() => retro.run(alice, { type: 'timeline.add', text: 'graph', evidenceUrl: long })).toThrow(/2000 characters/);
    const card = retro.ok(alice, { type: 'timeline.add', text: 'graph', evidenceUrl: 'https://grafana.example/d/a b|c' });
    expect(retro.state.timeline[card].evidenceUrl).toBe('https://grafana.example/d/a%20b|c');
  });
});
