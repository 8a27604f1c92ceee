import { z } from 'zod';
import { CommandSchema, FACILITATOR_COMMANDS } from '../shared/protocol/commands.ts';
import { ERROR_CODES } from '../shared/protocol/errors.ts';

/**
 * Renders the command reference of docs/PROTOCOL.md straight from the zod schemas, so the
 * document cannot drift from what the server accepts (a unit test compares the two).
 */

type JsonSchema = {
  type?: string;
  const?: unknown;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  format?: string;
};

function describeType(schema: JsonSchema): string {
  if (schema.anyOf) return schema.anyOf.map(describeType).join(' \\| ');
  if (schema.enum) return schema.enum.map((value) => `\`${String(value)}\``).join(' · ');
  if (schema.const !== undefined) return `\`${String(schema.const)}\``;
  if (schema.type === 'array') return `${describeType(schema.items ?? {})}[]${schema.maxItems ? ` (≤ ${schema.maxItems})` : ''}`;
  if (schema.type === 'object' && schema.properties) {
    const fields = Object.entries(schema.properties).map(
      ([name, field]) => `${name}${schema.required?.includes(name) ? '' : '?'}: ${describeType(field)}`,
    );
    return `{ ${fields.join(', ')} }`;
  }
  if (schema.type === 'string') {
    if (schema.format === 'date-time') return 'ISO 8601 time';
    if (schema.format === 'date') return 'date `YYYY-MM-DD`';
    const bounds = schema.maxLength !== undefined ? ` ${schema.minLength ? `${schema.minLength}–` : '≤ '}${schema.maxLength} chars` : '';
    return `string${bounds}`;
  }
  if (schema.type === 'integer' || schema.type === 'number') {
    return `integer ${schema.minimum ?? ''}–${schema.maximum ?? ''}`;
  }
  return schema.type ?? 'any';
}

export function renderCommandReference(): string {
  const lines: string[] = [];
  for (const option of CommandSchema.options) {
    const json = z.toJSONSchema(option, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
    const type = option.shape.type.value;
    const who = FACILITATOR_COMMANDS.has(type) ? 'facilitator' : 'anyone';
    lines.push(`### \`${type}\` (${who})`, '', '| field | type | required |', '|---|---|---|');
    for (const [name, field] of Object.entries(json.properties ?? {})) {
      if (name === 'type') continue;
      lines.push(`| \`${name}\` | ${describeType(field)} | ${json.required?.includes(name) ? 'yes' : 'no'} |`);
    }
    lines.push('');
  }
  lines.push(`Error codes (closed set): ${ERROR_CODES.map((code) => `\`${code}\``).join(', ')}.`);
  return lines.join('\n');
}

export const BEGIN = '<!-- BEGIN GENERATED COMMAND REFERENCE (npm run protocol:doc) -->';
export const END = '<!-- END GENERATED COMMAND REFERENCE -->';

/** Replaces the generated block in the document with a freshly rendered one. */
export function withFreshReference(document: string): string {
  const start = document.indexOf(BEGIN);
  const end = document.indexOf(END);
  if (start === -1 || end === -1) throw new Error('docs/PROTOCOL.md lacks the generated-reference markers');
  return `${document.slice(0, start + BEGIN.length)}\n\n${renderCommandReference()}\n\n${document.slice(end)}`;
}
