import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintCommand, lintSource } from '../../server/cli/lint.ts';
import { markdownSegments, plainSegments, splitListedItems } from '../../server/cli/markdownText.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const POSTMORTEM = fixture('lint-postmortem.md');
const NOTES = fixture('lint-notes.txt');

/** Runs `debrief lint …` with in-memory streams. */
async function lint(argv: string[], stdin = '') {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += chunk));
  stderr.on('data', (chunk) => (err += chunk));
  const code = await lintCommand(argv, { stdin: Readable.from([stdin]), stdout, stderr });
  return { code, out, err };
}

/** The four fixed columns of each finding line: file:line:column  severity  rule */
const heads = (out: string) =>
  out
    .split('\n')
    .filter((line) => line && !line.startsWith(' '))
    .map((line) => line.split('  ').slice(0, 3).join('  '));

describe('debrief lint on a Markdown post-mortem', () => {
  it('reports blame in prose, tables and quotes at their line:column in the original file', async () => {
    const { code, out, err } = await lint([POSTMORTEM]);
    expect(err).toBe('');
    expect(code).toBe(1);
    expect(heads(out)).toEqual([
      `${POSTMORTEM}:14:5  hint  failed-to`, // "Sam failed to check …" (after front matter and an HTML comment)
      `${POSTMORTEM}:29:22  hint  non-compliance`, // a link's text is read ("Sam failed to follow"), its target ("careless-operator") is not
      `${POSTMORTEM}:30:75  hint  judgement`, // "… was reckless." after an autolink and inline code
      `${POSTMORTEM}:32:34  hint  counterfactual`, // "> … the team should have caught this"
      `${POSTMORTEM}:39:32  hint  failed-to`, // table cell "The on-call engineer missed the page"
    ]);
  });

  it('prints the message on the finding line and the suggestion indented below it', async () => {
    const { out } = await lint([POSTMORTEM]);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe(
      `${POSTMORTEM}:14:5  hint  failed-to  "failed to" makes a person's omission the explanation and stops the inquiry there.`,
    );
    expect(lines[1]).toMatch(/^ {4}suggestion: Name the missing signal/);
  });

  it('ignores front matter, code blocks, inline code, HTML comments, link targets and URLs', () => {
    const source = [
      '---',
      'owner: Sam should have known',
      '---',
      '<!-- the intern failed to check -->',
      '```',
      'human error, obviously',
      '```',
      '    indented: the engineer was careless',
      'Run `they forgot to` and see [the docs](https://example.com/human-error) or <https://example.com/careless>.',
    ].join('\n');
    expect(lintSource('doc.md', source)).toEqual([]);
    const text = markdownSegments(source).map((s) => s.text).join(' | ');
    expect(text).not.toMatch(/careless|human|forgot|Sam|intern/);
    expect(text).toContain('the docs');
  });

  it('maps columns through block quotes, escapes and character references', () => {
    const source = 'Intro line.\n\n> First quoted line,\n> then \\*Sam\\* &amp; the intern forgot to renew it.\n';
    const [finding] = lintSource('q.md', source);
    expect(finding).toMatchObject({ line: 4, column: source.split('\n')[3].indexOf('forgot') + 1, rule: 'failed-to' });
  });

  it('prints a JSON array with --format json', async () => {
    const { code, out } = await lint([POSTMORTEM, '--format', 'json']);
    expect(code).toBe(1);
    const findings = JSON.parse(out) as Array<Record<string, unknown>>;
    expect(findings.map(({ file, line, column, severity, rule }) => ({ file, line, column, severity, rule }))).toEqual([
      { file: POSTMORTEM, line: 14, column: 5, severity: 'hint', rule: 'failed-to' },
      { file: POSTMORTEM, line: 29, column: 22, severity: 'hint', rule: 'non-compliance' },
      { file: POSTMORTEM, line: 30, column: 75, severity: 'hint', rule: 'judgement' },
      { file: POSTMORTEM, line: 32, column: 34, severity: 'hint', rule: 'counterfactual' },
      { file: POSTMORTEM, line: 39, column: 32, severity: 'hint', rule: 'failed-to' },
    ]);
    for (const f of findings) {
      expect(Object.keys(f).sort()).toEqual(['column', 'file', 'line', 'message', 'rule', 'severity', 'suggestion']);
      expect(typeof f.message).toBe('string');
      expect(typeof f.suggestion).toBe('string');
    }
    expect((await lint(['--format=json', '-'], 'All fine.')).out.trim()).toBe('[]');
  });

  it('reads standard input for "-" and for no file at all, naming it "-"', async () => {
    const text = 'Line one is fine.\n  Then Sam forgot to renew the cert.\n';
    for (const argv of [['-'], []]) {
      const { code, out } = await lint(argv, text);
      expect(code).toBe(1);
      expect(heads(out)).toEqual(['-:2:12  hint  failed-to']);
    }
  });

  it('lints .txt files as plain text, indentation included', async () => {
    const { code, out } = await lint([NOTES]);
    expect(code).toBe(1);
    expect(heads(out)).toEqual([`${NOTES}:3:9  hint  failed-to`]);
  });
});

describe('debrief lint on a file that lists one item per line', () => {
  // timeline cards pasted one per line, none with a full stop
  const ITEMS = [
    'Fleet expansion pushed per-host thread count past the OS limit',
    'The storage team added disks without checking controller headroom first',
    'Ops restarted the web hosts a few hundred per hour to avoid thrashing',
    'Index builds failed on every host after 05:15',
  ].join('\n');

  it('reads each line on its own, so one card does not run on into the next', () => {
    for (const file of ['cards.txt', 'cards.md']) {
      const found = lintSource(file, `${ITEMS}\n`).map((f) => `${f.line} ${f.rule}`);
      // "Ops … \nIndex builds failed" is not a person failing; the storage team's act is found on its own line
      expect(found, file).toEqual(['2 fault']);
    }
  });

  it('tells a list of items from prose wrapped across lines', () => {
    const pieces = (text: string) => splitListedItems(plainSegments(text)).map((s) => s.text.trim());
    expect(pieces(ITEMS)).toHaveLength(4);
    // wrapped prose, and a short paragraph wrapped twice at a capital, are read whole
    expect(pieces('The deploy tool accepted a production target\nwithout asking for confirmation, and the\noperator had no way to tell the two apart\nbecause both consoles looked the same.\n')).toHaveLength(1);
    expect(pieces('The change went out at 14:00 after the release manager said\nDave could go ahead because the freeze did not apply to\nAPI config.\n')).toHaveLength(1);
    // a wrapped bullet stays whole in a list of one-line bullets
    // (a sentence the classifier has no doubt about: this is about the wrapping, not the model)
    const bullets = ['- The replica lag alert fired at 02:10', '- Sam never', '  bothered to test the restore before the migration', '- The runbook had no step for lag', '- Paging went to an old rota'].join('\n');
    expect(lintSource('retro.md', bullets).map((f) => `${f.line} ${f.rule}`)).toContain('2 failed-to');
    // a sentence wrapped across lines is still read whole
    expect(lintSource('notes.md', 'The outage happened because the\nengineer forgot to renew the certificate.\n').map((f) => `${f.line} ${f.rule}`)).toEqual(['2 failed-to']);
  });
});

describe('debrief lint exit codes', () => {
  it('0 without findings', async () => {
    const { code, out, err } = await lint(['-'], '# Summary\n\nThe deploy job failed to start because the artifact store timed out.\n');
    expect([code, out, err]).toEqual([0, '', '']);
  });

  it('2 on an unknown flag, a bad --format or an unreadable file, with a message on stderr', async () => {
    for (const argv of [['--bogus'], ['--format', 'xml', POSTMORTEM], ['no/such/file.md'], [fixture('')]]) {
      const { code, out, err } = await lint(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(out).toBe('');
      expect(err).toMatch(/^debrief lint: /);
    }
  });

  it('--help prints usage and exits 0', async () => {
    const { code, out } = await lint(['--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: debrief lint/);
    expect(out).toContain('--format');
  });
});
