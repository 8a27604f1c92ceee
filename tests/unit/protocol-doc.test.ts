import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withFreshReference } from '../../scripts/protocolReference.ts';
import { COMMAND_TYPES } from '../../shared/protocol/commands.ts';

describe('docs/PROTOCOL.md', () => {
  const document = readFileSync(new URL('../../docs/PROTOCOL.md', import.meta.url), 'utf8');

  it('has a command reference identical to the one rendered from the schemas (run npm run protocol:doc)', () => {
    expect(document).toBe(withFreshReference(document));
  });

  it('documents every command and every server event', () => {
    for (const type of COMMAND_TYPES) expect(document).toContain(`\`${type}\``);
    for (const event of ['snapshot', 'changes', 'presence', 'ready', 'closing', 'sync', 'command', 'export']) {
      expect(document).toContain(`\`${event}\``);
    }
  });
});
