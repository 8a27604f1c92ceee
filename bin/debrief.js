#!/usr/bin/env node
// The `debrief` command. Debrief is written in TypeScript and runs through tsx, so the
// package needs no separate compile step: `npm install` is the whole setup.
import { register } from 'tsx/esm/api';

register();
// `debrief lint … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await import('../server/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
