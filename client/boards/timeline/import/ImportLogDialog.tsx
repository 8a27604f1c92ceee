import { useEffect, useId, useMemo, useRef, useState, type DragEvent } from 'react';
import { LIMITS } from '../../../../shared/domain/values.ts';
import { isTimeZone, parseLog, type LogEntry, type LogFormat } from '../../../../shared/import/index.ts';
import { checkCommand } from '../../../net/index.ts';
import { selectRetro } from '../../../store/selectors.ts';
import { useRetroStore } from '../../../store/store.ts';
import { browserTimeZone, incidentDate, knownTimeZones } from './importDefaults.ts';
import { ImportPreview, type PreviewRow } from './ImportPreview.tsx';
import { useImportHints } from './useImportHints.ts';
import { useSendImport } from './useSendImport.ts';

const FORMAT_NAMES: Record<LogFormat, string> = {
  plain: 'lines that start with a time',
  chat: 'chat copy-paste',
  slack: 'a Slack channel export',
};

/** Leaves room under the server's 64 KB message limit for the command's own framing. */
const MAX_IMPORT_BYTES = LIMITS.messageBytes - 2048;

const NO_ENTRIES: LogEntry[] = [];

interface ImportLogDialogProps {
  onClose: () => void;
}

/**
 * "Import from a log": paste or drop a log, check the cards it would make, add them in one go
 * (one `timeline.import`: all of them or, if the server refuses, none). Parsing is the shared
 * parser, so the preview is exactly what is sent.
 */
export function ImportLogDialog({ onClose }: ImportLogDialogProps) {
  const ids = { text: useId(), file: useId(), date: useId(), zone: useId(), zones: useId(), note: useId() };
  const retro = useRetroStore(selectRetro);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  // The retro's time zone when the facilitator set one, so everyone importing reads clocks alike.
  const [timeZone, setTimeZone] = useState(() => retro?.timeZone ?? browserTimeZone());
  const [date, setDate] = useState(() => incidentDate(retro?.impactStart ?? null, retro?.timeZone ?? browserTimeZone()));
  const [rows, setRows] = useState<PreviewRow[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const zones = useMemo(() => knownTimeZones(timeZone), [timeZone]);
  const close = () => {
    dialogRef.current?.close();
    onClose();
  };
  const { sending, send } = useSendImport(close);

  const zoneOk = isTimeZone(timeZone);
  const dateOk = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const parsed = useMemo(
    () => (text.trim() && zoneOk && dateOk ? parseLog(text, { date, timeZone }) : null),
    [text, date, timeZone, zoneOk, dateOk],
  );
  useEffect(() => {
    setRows(parsed ? parsed.entries.map((entry) => ({ ...entry, included: true })) : []);
    setProblem(null);
  }, [parsed]);
  const hints = useImportHints(parsed?.entries ?? NO_ENTRIES);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal?.();
  }, []);

  const chosen = rows.filter((row) => row.included);
  const draft = {
    type: 'timeline.import' as const,
    cards: chosen.map((row) => ({ text: row.text, at: row.at, marker: row.marker })),
  };

  async function submit() {
    if (chosen.length > LIMITS.importCards) {
      return setProblem(`At most ${LIMITS.importCards} cards go in one import: untick some, and import the rest in a second go.`);
    }
    if (new TextEncoder().encode(JSON.stringify(draft)).length > MAX_IMPORT_BYTES) {
      return setProblem('These cards are too much text for one import: untick some, and import the rest in a second go.');
    }
    const issues = checkCommand(draft);
    if (issues.length > 0) {
      const [, index] = issues[0].path;
      return setProblem(typeof index === 'number' ? `Card ${index + 1}: ${issues[0].message}.` : issues[0].message);
    }
    setProblem(null);
    // All or none: a refusal added nothing, and the preview stays for another go.
    const refusal = await send(draft);
    if (refusal) setProblem(`No cards were added: ${refusal}`);
  }

  async function readFile(file: File | undefined) {
    if (file) setText(await file.text());
  }

  function drop(event: DragEvent) {
    if (event.dataTransfer.files.length === 0) return;
    event.preventDefault();
    void readFile(event.dataTransfer.files[0]);
  }

  return (
    <dialog ref={dialogRef} className="import-dialog" aria-labelledby={`${ids.text}-title`} aria-describedby={ids.note} onClose={onClose}>
      <h2 id={`${ids.text}-title`}>Import from a log</h2>
      <p id={ids.note} className="import-dialog__note">
        Names stay out: chat speaker lines are dropped, and @mentions, user ids and e-mail addresses become
        “someone”. Names typed into a message itself are not caught — check the preview.
      </p>
      <div className="field">
        <label htmlFor={ids.text}>Paste the log, or drop a file on it</label>
        <textarea
          id={ids.text}
          rows={6}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onDrop={drop}
          placeholder={'14:02 Error rate alert fired for checkout-api\n14:09 Rolled back deploy 42'}
        />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.file}>Or choose a file</label>
          <input id={ids.file} type="file" accept=".txt,.log,.json,text/plain,application/json" onChange={(event) => void readFile(event.target.files?.[0])} />
        </div>
        <div className="field">
          <label htmlFor={ids.date}>Date for times without one</label>
          <input id={ids.date} type="date" value={date} onChange={(event) => setDate(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.zone}>Time zone of the log</label>
          <input id={ids.zone} list={ids.zones} value={timeZone} aria-invalid={zoneOk ? undefined : true} onChange={(event) => setTimeZone(event.target.value)} />
          <datalist id={ids.zones}>
            {zones.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
          {!zoneOk && <p className="field-error">Not a time zone this browser knows (e.g. Europe/Berlin).</p>}
        </div>
      </div>
      {parsed && (
        <p className="muted small" aria-live="polite">
          Read as {FORMAT_NAMES[parsed.format]}: {chosen.length} of {rows.length} {rows.length === 1 ? 'card' : 'cards'} selected.
          Markers are suggestions; change or clear them.
        </p>
      )}
      {rows.length > 0 && (
        <ImportPreview
          rows={rows}
          hints={hints}
          timeZone={timeZone}
          onChange={(index, change) => setRows((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row)))}
        />
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button button--primary" disabled={chosen.length === 0 || sending} onClick={() => void submit()}>
          {sending ? 'Adding…' : chosen.length === 1 ? 'Add 1 card' : `Add ${chosen.length} cards`}
        </button>
        <button type="button" className="button" onClick={close}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
