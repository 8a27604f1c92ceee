import { readFileSync, writeFileSync } from 'node:fs';
import { withFreshReference } from './protocolReference.ts';

/** `npm run protocol:doc`: regenerates the command reference inside docs/PROTOCOL.md. */
const path = new URL('../docs/PROTOCOL.md', import.meta.url);
writeFileSync(path, withFreshReference(readFileSync(path, 'utf8')));
console.log('docs/PROTOCOL.md: command reference regenerated');
