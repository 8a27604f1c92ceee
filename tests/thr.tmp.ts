import { check } from '../shared/blame/check.ts';
import weights from '../shared/blame/model/weights.json' with { type: 'json' };
import { readFileSync } from 'node:fs';
const sets = process.argv.slice(2);
for (const thr of [0.8, 0.72, 0.68, 0.64, 0.6, 0.55, 0.5, 0.45]) {
  const model = { ...(weights as any), threshold: thr };
  const out: string[] = [];
  for (const f of sets) {
    const rows = readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    let tp = 0, p = 0, fp = 0, n = 0;
    for (const r of rows) { const hit = check(r.text, { context: 'document', model }).length > 0; if (r.label === 'blame') { p++; if (hit) tp++; } else { n++; if (hit) fp++; } }
    out.push(`${f.slice(-7, -6)} ${(tp / p).toFixed(2)}/${(fp / n).toFixed(2)}`);
  }
  console.log(thr, out.join('  '));
}
