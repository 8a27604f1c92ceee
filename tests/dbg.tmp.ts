import { tagText } from '../shared/blame/nlp.ts';
for (const t of tagText('Runbook step 4 skipped by on-call')) console.log(JSON.stringify(t.text), [...t.tags].join(','), JSON.stringify(t.post), t.normal);
