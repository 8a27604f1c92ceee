#!/usr/bin/env node
// The `debrief` command. Debrief is written in TypeScript and runs through tsx, so the
// package needs no separate compile step: `npm install` is the whole setup.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../server/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
