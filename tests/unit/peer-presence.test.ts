import { describe, expect, it } from 'vitest';
import { PEER_PRESENCE_TTL_MS, PeerPresence } from '../../server/rooms/peerPresence.ts';
import { Presence } from '../../server/rooms/presence.ts';

describe('presence over several processes', () => {
  it('counts each participant once, whichever processes they are connected to', () => {
    const local = new Presence();
    local.connect('p1', 'participant');
    local.connect('p2', 'participant');
    local.setReady('p2', true);
    const peers = new PeerPresence();
    peers.set('other', { online: ['p2', 'p3', 'f1'], ready: ['p3', 'f1'], facilitators: ['f1'] }, 1_000);
    // The facilitator counts as online and ready, but is not among those asked to be done.
    expect(peers.view(local, 1_000)).toEqual({ online: 4, ready: 3, asked: 3, askedReady: 2 });
  });

  it('stops counting a process that has gone silent, and says so once', () => {
    const local = new Presence();
    local.connect('p1', 'participant');
    const peers = new PeerPresence();
    peers.set('killed', { online: ['p9'], ready: [], facilitators: [] }, 0);
    expect(peers.view(local, PEER_PRESENCE_TTL_MS)).toEqual({ online: 2, ready: 0, asked: 2, askedReady: 0 });
    expect(peers.expire(PEER_PRESENCE_TTL_MS + 1)).toBe(true);
    expect(peers.expire(PEER_PRESENCE_TTL_MS + 2)).toBe(false);
    expect(peers.view(local, PEER_PRESENCE_TTL_MS + 2)).toEqual({ online: 1, ready: 0, asked: 1, askedReady: 0 });
  });

  it('clears readiness everywhere on a new phase, and forgets a process that left', () => {
    const local = new Presence();
    const peers = new PeerPresence();
    peers.set('a', { online: ['p1'], ready: ['p1'], facilitators: [] }, 0);
    peers.set('b', { online: ['p2'], ready: ['p2'], facilitators: [] }, 0);
    peers.clearReady();
    expect(peers.view(local, 0)).toEqual({ online: 2, ready: 0, asked: 2, askedReady: 0 });
    peers.forget('a');
    peers.set('b', { online: [], ready: [], facilitators: [] }, 0);
    expect(peers.view(local, 0)).toEqual({ online: 0, ready: 0, asked: 0, askedReady: 0 });
  });
});
