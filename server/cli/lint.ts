import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { check } from '../../shared/blame/check.ts';
import { lineColumnOf, markdownSegments, plainSegments, splitListedItems, type Segment } from './markdownText.ts';

interface LintIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** One finding as printed (CONTRACT.md, "Command line"). */
export interface LintFinding {
  file: string;
  line: number;
  column: number;
  severity: 'hint' | 'error';
  rule: string;
  message: string;
  suggestion: string;
}

const USAGE_LINE = 'Usage: debrief lint [files… | -] [--format text|json]';
const USAGE = `${USAGE_LINE}

Checks Markdown or plain-text post-mortems for blame language (rules: docs/BLAME-CHECKER.md).
With no file, or "-", reads standard input. Files ending in .txt are read as plain text;
everything else as Markdown (code, front matter, URLs and HTML comments are skipped).
A file that lists one item per line (cards, action items, notes) is read line by line;
prose wrapped across lines is read sentence by sentence.

Options:
  --format text|json   text (default): "file:line:column  severity  rule  message"
                       json: an array of { file, line, column, severity, rule, message, suggestion }
  -h, --help           show this help

Exit status: 0 no findings, 1 findings, 2 usage error or unreadable file.`;

/** `debrief lint`: returns the exit code. */
export async function lintCommand(argv: string[], io: LintIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    io.stderr.write(`debrief lint: ${(error as Error).message}\n${USAGE_LINE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const format = parsed.values.format;
  if (format !== 'text' && format !== 'json') {
    io.stderr.write(`debrief lint: --format must be text or json, not "${format}"\n${USAGE_LINE}\n`);
    return 2;
  }
  const files = parsed.positionals.length > 0 ? parsed.positionals : ['-'];

  // Read everything first: an unreadable file is a usage error, reported before any output.
  const inputs: Array<{ file: string; source: string }> = [];
  for (const file of files) {
    try {
      inputs.push({ file, source: file === '-' ? await readAll(io.stdin) : await readFile(file, 'utf8') });
    } catch (error) {
      io.stderr.write(`debrief lint: cannot read ${file}: ${(error as Error).message}\n`);
      return 2;
    }
  }

  const findings = inputs.flatMap(({ file, source }) => lintSource(file, source));
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
  } else {
    for (const f of findings) {
      io.stdout.write(`${f.file}:${f.line}:${f.column}  ${f.severity}  ${f.rule}  ${f.message}\n`);
      io.stdout.write(`    suggestion: ${f.suggestion}\n`);
    }
  }
  return findings.length > 0 ? 1 : 0;
}

/** Lints one document; `file` decides Markdown or plain text and is echoed in findings. */
export function lintSource(file: string, source: string): LintFinding[] {
  const segments = splitListedItems(/\.te?xt$/i.test(file) ? plainSegments(source) : markdownSegments(source));
  const position = lineColumnOf(source);
  const findings: LintFinding[] = [];
  for (const segment of segments) {
    for (const f of check(segment.text, { context: 'document' })) {
      const { line, column } = position(segment.offsets[f.start] ?? 0);
      findings.push({ file, line, column, severity: f.severity, rule: f.rule, message: f.message, suggestion: f.suggestion });
    }
  }
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}
