import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { retroPerTest } from '../support/retroPerTest.ts';

const { join } = retroPerTest();

/** 200 log lines, two per minute from 14:00 UTC, so some share a time and must keep their order. */
function logCards(n = 200) {
  return Array.from({ length: n }, (_, i) => ({
    text: `log line ${i}`,
    at: new Date(Date.UTC(2025, 2, 4, 14, Math.floor(i / 2))).toISOString(),
    ...(i === 0 ? { marker: 'detected' as const } : {}),
  }));
}

describe('timeline.import', () => {
  it('adds 200 cards in one command and one version, private to the importer until the reveal', async () => {
    const facilitator = await join({ facilitator: true });
    const importer = await join();
    const start = importer.version;

    const ack = await importer.command({ type: 'timeline.import', cards: logCards() });
    expect(ack).toMatchObject({ ok: true, version: start + 1 });
    const ids = ack.ok ? ack.ids! : [];
    expect(new Set(ids).size).toBe(200);

    await importer.atVersion(start + 1);
    expect(importer.versionsSeen.filter((v) => v > start)).toEqual([start + 1]);
    // The importer sees them in the log's order, even the ones logged in the same minute.
    expect(importer.view!.timeline.map((card) => card.id)).toEqual(ids);
    expect(importer.view!.timeline.map((card) => card.text)).toEqual(logCards().map((card) => card.text));
    expect(importer.view!.timeline.every((card) => card.mine && card.private)).toBe(true);
    expect(importer.view!.timeline[0].marker).toBe('detected');

    await facilitator.atVersion(start + 1);
    expect(facilitator.view!.timeline).toEqual([]);
    expect(facilitator.view!.hidden.timeline).toBe(200);

    await facilitator.ok({ type: 'cards.reveal' });
    await facilitator.atVersion(start + 2);
    expect(facilitator.view!.timeline.map((card) => card.id)).toEqual(ids);
    expect(facilitator.view!.timeline.some((card) => card.mine)).toBe(false);
  });

  it('gives imported cards whole, consecutive creation numbers, like cards typed one by one', async () => {
    const facilitator = await join({ facilitator: true });
    const importer = await join();
    const typist = await join();
    await typist.ok({ type: 'timeline.add', text: 'Typed before' });
    await importer.ok({ type: 'timeline.import', cards: [{ text: 'Imported one' }, { text: 'Imported two' }, { text: 'Imported three' }] });
    await typist.ok({ type: 'timeline.add', text: 'Typed after' });
    const reveal = await facilitator.ok({ type: 'cards.reveal' });
    await typist.atVersion(reveal.version);
    const seqs = typist.view!.timeline.map((card) => card.seq);
    expect(typist.view!.timeline.map((card) => card.text)).toEqual(['Typed before', 'Imported one', 'Imported two', 'Imported three', 'Typed after']);
    // A fraction would single out the cards of one import, and so one person's cards.
    expect(seqs.every(Number.isInteger)).toBe(true);
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(seqs.slice(1, 4)).toEqual([seqs[1], seqs[1] + 1, seqs[1] + 2]);
  });

  it('counts as one command for the rate limit, however many cards it carries', async () => {
    const importer = await join();
    // The bucket holds 100: one import of 200 cards plus 99 single cards all fit in it.
    const acks = await Promise.all([
      importer.command({ type: 'timeline.import', cards: logCards() }),
      ...Array.from({ length: 99 }, (_, i) => importer.command({ type: 'timeline.add', text: `typed ${i}` })),
    ]);
    expect(acks.filter((ack) => !ack.ok)).toEqual([]);
    await importer.atVersion(100);
    expect(importer.view!.timeline).toHaveLength(299);
  });

  it('applies a retried import once and answers the retry with the same ids', async () => {
    const importer = await join();
    const id = randomUUID();
    const cards = logCards(20);
    const [first, concurrent] = await Promise.all([
      importer.command({ type: 'timeline.import', cards }, id),
      importer.command({ type: 'timeline.import', cards }, id),
    ]);
    const later = await importer.command({ type: 'timeline.import', cards }, id);
    expect(first).toMatchObject({ ok: true });
    expect(concurrent).toEqual(first);
    expect(later).toEqual(first);
    await importer.sync();
    expect(importer.view!.timeline).toHaveLength(20);
    expect(importer.version).toBe(1);
  });

  it('refuses the whole import when one card breaks a timeline.add rule, applying nothing', async () => {
    const importer = await join();
    const cards = logCards();
    cards[150] = { text: '   ', at: cards[150].at };
    const ack = await importer.command({ type: 'timeline.import', cards });
    expect(ack).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(!ack.ok && ack.error.issues?.[0].path).toEqual(['cards', 150, 'text']);

    const tooLong = logCards(3);
    tooLong[2] = { text: 'x'.repeat(2001), at: tooLong[2].at };
    expect(await importer.command({ type: 'timeline.import', cards: tooLong })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await importer.command({ type: 'timeline.import', cards: logCards(201) })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await importer.command({ type: 'timeline.import', cards: [] })).toMatchObject({ ok: false, error: { code: 'invalid' } });

    await importer.sync();
    expect(importer.view!.timeline).toEqual([]);
    expect(importer.version).toBe(0);
  });

  it('is frozen in review like every other card change', async () => {
    const facilitator = await join({ facilitator: true });
    await facilitator.ok({ type: 'phase.set', phase: 'review' });
    const ack = await facilitator.command({ type: 'timeline.import', cards: logCards(2) });
    expect(ack).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('keeps the retro time zone the web app reads imported clock times in, and refuses a zone that is not one', async () => {
    const facilitator = await join({ facilitator: true });
    await facilitator.ok({ type: 'retro.update', timeZone: 'Europe/Berlin' });
    await facilitator.atVersion(1);
    expect(facilitator.view!.retro.timeZone).toBe('Europe/Berlin');
    const refused = await facilitator.command({ type: 'retro.update', timeZone: 'Mars/Olympus_Mons' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid', issues: [{ path: ['timeZone'] }] } });
    await facilitator.ok({ type: 'retro.update', timeZone: null });
    await facilitator.atVersion(2);
    expect(facilitator.view!.retro.timeZone).toBeNull();
  });
});
