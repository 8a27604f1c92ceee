import type { Marker } from '../domain/values.ts';

/** A log entry once its time is known (or known to be missing), before markers are suggested. */
export interface RawEntry {
  at: string | null;
  text: string;
}

/** One card the import would add, as the preview shows it. */
export interface LogEntry extends RawEntry {
  /** A suggestion only: the user sees it and may change or clear it before importing. */
  marker: Marker | null;
  /** True when the text was longer than a card may be and was shortened. */
  clipped: boolean;
}

export type LogFormat = 'plain' | 'chat' | 'slack';

export interface ImportOptions {
  /** The day for times that name none (`YYYY-MM-DD`): the retro's incident date. */
  date: string;
  /** The IANA zone for times without an offset: the retro's time zone. */
  timeZone: string;
}

export interface ParsedLog {
  format: LogFormat;
  entries: LogEntry[];
}
