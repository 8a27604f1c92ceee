import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { postMortemFrom, toActionsCsv, ACTION_CSV_COLUMNS } from '../../shared/export/index.ts';
import { neutraliseFormula } from '../../shared/export/csv.ts';
import { paymentsOutage } from './export-fixture.ts';

describe('actions CSV', () => {
  it('neutralises every cell a spreadsheet would run as a formula, and nothing else', () => {
    for (const cell of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    for (const cell of ['', 'SRE', '2026-12-31', "'already quoted", 'a=b']) expect(neutraliseFormula(cell)).toBe(cell);
  });

  it('has one row per action item under the tracker header, every cell parsing back', () => {
    const pm = postMortemFrom(paymentsOutage(), 4);
    const rows = parse(toActionsCsv(pm), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual([...ACTION_CSV_COLUMNS]);
    expect(rows.map((row) => row.title)).toEqual(pm.actions.map((action) => neutraliseFormula(action.title)));
    expect(rows.map((row) => row.owner)).toEqual(pm.actions.map((action) => neutraliseFormula(action.owner)));
    expect(rows.map((row) => row.due)).toEqual(pm.actions.map((action) => action.dueDate ?? ''));
  });

  it('quotes every field that holds a line break, a bare LF or CR too (RFC 4180)', () => {
    const pm = postMortemFrom(paymentsOutage(), 4);
    const [first, ...rest] = pm.actions;
    const csv = toActionsCsv({ ...pm, actions: [{ ...first, title: 'Add a canary\nstage', owner: 'SRE\rteam' }, ...rest] });
    expect(csv).toContain('"Add a canary\nstage"');
    expect(csv).toContain('"SRE\rteam"');
    // Outside quotes, records end only in CRLF: a strict reader sees one record per action.
    const unquoted = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(unquoted.split('\r\n').filter(Boolean)).toHaveLength(1 + pm.actions.length);
    expect(unquoted).not.toMatch(/[^\r]\n|\r(?!\n)/);
  });
});
