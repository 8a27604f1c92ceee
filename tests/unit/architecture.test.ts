import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The import rules of docs (ARCHITECTURE): the shared core is pure and isomorphic, the server
 * never reaches into the client, rooms and the domain know nothing of Socket.IO, and only
 * client/net touches the socket.
 */
const root = new URL('../..', import.meta.url).pathname;

function filesUnder(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return filesUnder(path);
    return /\.(ts|tsx|mjs)$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const source = readFileSync(join(root, file), 'utf8');
  return [...source.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (match) => match[1] ?? match[2],
  );
}

function violations(dir: string, forbidden: RegExp, except: RegExp = /^$/): string[] {
  return filesUnder(dir)
    .filter((file) => !except.test(file))
    .flatMap((file) => importsOf(file).filter((spec) => forbidden.test(spec)).map((spec) => `${relative(root, join(root, file))} imports ${spec}`));
}

describe('architecture', () => {
  it('shared/ imports nothing from client or server, no socket.io, no Node built-ins, no React', () => {
    expect(violations('shared', /(^|\/)(client|server)\/|socket\.io|^node:|^react/)).toEqual([]);
  });

  it('server/ never imports the client', () => {
    expect(violations('server', /(^|\/)client\//)).toEqual([]);
  });

  it('rooms and the domain never import socket.io', () => {
    expect([...violations('server/rooms', /socket\.io/), ...violations('shared/domain', /socket\.io/)]).toEqual([]);
  });

  it('only client/net touches the socket', () => {
    expect(violations('client', /^socket\.io-client$/, /^client\/net\//)).toEqual([]);
  });

  it('views reach client/net only through its index', () => {
    // api.ts is the socket-free HTTP surface: the start page takes it alone so the first page
    // does not carry the socket code (the bundle budget).
    const intoNet = /(^|\/)net\/(?!(index|api)\.ts$)[^/]+$/;
    expect(violations('client', intoNet, /^client\/(net|testing)\//)).toEqual([]);
  });

  it('client/store never imports client/net', () => {
    expect(violations('client/store', /(^|\/)net\//)).toEqual([]);
  });
});
