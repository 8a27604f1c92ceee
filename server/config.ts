import { z } from 'zod';

/** Runtime configuration, read once from the environment (CONTRACT "Configuration"). */
const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_URL: z.url().optional(),
  ALLOWED_ORIGINS: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? '')
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean)
        .map((origin) => new URL(origin).origin),
    ),
  /** Purge retros untouched for this many days; unset keeps them forever. */
  RETENTION_DAYS: z.coerce.number().positive().optional(),
  /** `postgres://…`: PostgreSQL shared by every process given it; unset: SQLite under DATA_DIR. */
  DATABASE_URL: z.string().min(1).optional(),
  /** `redis://…`: carries each retro's changes to the other processes (see server/cluster). */
  REDIS_URL: z.string().min(1).optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  logLevel: z.infer<typeof ConfigSchema>['LOG_LEVEL'];
  publicUrl?: string;
  allowedOrigins: string[];
  retentionDays?: number;
  databaseUrl?: string;
  redisUrl?: string;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: c.DATA_DIR,
    logLevel: c.LOG_LEVEL,
    publicUrl: c.PUBLIC_URL ? new URL(c.PUBLIC_URL).origin : undefined,
    allowedOrigins: c.ALLOWED_ORIGINS,
    retentionDays: c.RETENTION_DAYS,
    databaseUrl: c.DATABASE_URL,
    redisUrl: c.REDIS_URL,
  };
}
