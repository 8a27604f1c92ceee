import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { carryOpenActions } from '../../shared/domain/followUp.ts';
import { emptyState } from '../../shared/domain/state.ts';
import { LIMITS } from '../../shared/domain/values.ts';
import { INTERNAL_ERROR_MESSAGE } from '../../shared/protocol/errors.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { RoomRegistry } from '../rooms/registry.ts';
import { hashKey, keyMatches, newEntityId, newFacilitatorKey, newRetroId } from '../security.ts';
import type { RetroStore } from '../store/types.ts';
import { exportRetro } from './exporting.ts';
import { issuesOf, summarise } from './issues.ts';
import { originAllowed } from './origins.ts';

export interface HttpDeps {
  config: Config;
  store: RetroStore;
  rooms: Pick<RoomRegistry, 'get'>;
  logger: Logger;
  clientDir: string;
  /** Deletes a retro's room and closes its connections (the socket layer owns those). */
  closeRetro: (retroId: string) => void;
}

const CreateRetroSchema = z.object({
  title: z.string().trim().min(1, 'must not be empty').max(LIMITS.title, `must be at most ${LIMITS.title} characters`),
  /** The earlier retro this one follows up on; its facilitator key proves the right to read it. */
  followUpOf: z.object({ id: z.string().min(1).max(64), facilitatorKey: z.string().min(1).max(256) }).optional(),
});

function sendError(res: Response, status: number, code: string, message: string, extra: object = {}) {
  res.status(status).json({ error: { code, message, ...extra } });
}

/** An export as a download: never cached, since it holds what the facilitator sees now. */
function sendExport(res: Response, exported: ReturnType<typeof exportRetro>) {
  res
    .status(200)
    .type(exported.contentType)
    .set('Content-Disposition', `attachment; filename="${exported.fileName}"`)
    .set('Cache-Control', 'no-store')
    .send(exported.content);
}

export function createHttpApp(deps: HttpDeps): express.Express {
  const { config, store, rooms, logger } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);

  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      referrerPolicy: { policy: 'no-referrer' },
      crossOriginResourcePolicy: { policy: 'same-origin' },
    }),
  );
  app.use((req, res, next) => {
    if (originAllowed(req, config)) return next();
    sendError(res, 403, 'forbidden', 'Requests from this origin are not allowed.');
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.post('/api/retros', express.json({ limit: '16kb' }), async (req, res) => {
    const parsed = CreateRetroSchema.safeParse(req.body ?? {});
    if (!parsed.success) {
      return sendError(res, 400, 'invalid', summarise(parsed.error), { issues: issuesOf(parsed.error) });
    }
    const { title, followUpOf } = parsed.data;
    let carried = {};
    if (followUpOf) {
      const earlier = await store.getRetro(followUpOf.id);
      if (!earlier) return sendError(res, 404, 'not_found', 'No earlier retro with that id.');
      if (!keyMatches(followUpOf.facilitatorKey, earlier.keyHash)) {
        return sendError(res, 403, 'forbidden', 'That key is not valid for the earlier retro.');
      }
      const room = await rooms.get(earlier.id);
      if (!room) return sendError(res, 404, 'not_found', 'No earlier retro with that id.');
      carried = carryOpenActions(room.current, newEntityId);
    }
    const id = newRetroId();
    const facilitatorKey = newFacilitatorKey();
    const createdAt = new Date().toISOString();
    const initial = { ...emptyState(id, title, createdAt), actions: carried };
    await store.createRetro({ id, keyHash: hashKey(facilitatorKey), createdAt }, initial);
    logger.info({ retroId: id, followUp: Boolean(followUpOf) }, 'retro created');
    const origin = config.publicUrl ?? `${req.protocol}://${req.get('host')}`;
    res.status(201).json({
      id,
      facilitatorKey,
      joinUrl: `${origin}/r/${id}`,
      facilitatorUrl: `${origin}/r/${id}#key=${facilitatorKey}`,
    });
  });

  /** Facilitator-key routes: 401 without a key, then 404 for an unknown retro, then 403. */
  const facilitatorOnly = async (req: Request, res: Response, next: NextFunction) => {
    const match = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '');
    if (!match) {
      res.set('WWW-Authenticate', 'Bearer');
      return sendError(res, 401, 'unauthorized', 'Send the facilitator key as "Authorization: Bearer <key>".');
    }
    const record = await store.getRetro(String(req.params.id));
    if (!record) return sendError(res, 404, 'not_found', 'No retro with that id.');
    if (!keyMatches(match[1], record.keyHash)) return sendError(res, 403, 'forbidden', 'That key is not valid for this retro.');
    next();
  };

  app.get('/api/retros/:id/export.:format', facilitatorOnly, async (req, res) => {
    const format = req.params.format;
    if (format !== 'md' && format !== 'json') return sendError(res, 404, 'not_found', 'Exports are .md or .json.');
    const room = await rooms.get(String(req.params.id));
    if (!room) return sendError(res, 404, 'not_found', 'No retro with that id.');
    sendExport(res, exportRetro(room.current, format, room.participantCount));
  });

  // The action items for trackers; the same bytes as `debrief export --format csv`.
  app.get('/api/retros/:id/actions.csv', facilitatorOnly, async (req, res) => {
    const room = await rooms.get(String(req.params.id));
    if (!room) return sendError(res, 404, 'not_found', 'No retro with that id.');
    sendExport(res, exportRetro(room.current, 'csv', room.participantCount));
  });

  app.delete('/api/retros/:id', facilitatorOnly, async (req, res) => {
    const id = String(req.params.id);
    // Deleted first, then closed: a connection racing in finds nothing left to load.
    await store.deleteRetro(id);
    deps.closeRetro(id);
    logger.info({ retroId: id }, 'retro deleted');
    res.status(204).end();
  });

  app.use('/api', (_req, res) => sendError(res, 404, 'not_found', 'No such API route.'));

  serveClient(app, deps.clientDir);

  // Malformed JSON and other request errors get the same error shape as everything else.
  app.use((error: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error({ err: error }, 'request failed');
    sendError(res, status, status === 500 ? 'internal' : 'invalid', status === 500 ? INTERNAL_ERROR_MESSAGE : error.message);
  });
  return app;
}

/** The built web app, with client routes (/r/:id) answered by index.html. */
function serveClient(app: express.Express, clientDir: string) {
  const index = join(clientDir, 'index.html');
  app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
  app.get(['/', '/r/:id'], (_req, res) => {
    if (existsSync(index)) return res.sendFile(index, { maxAge: 0 });
    res
      .status(503)
      .type('text/plain')
      .send('The web app is not built yet. Run "npm run build:client" (npm start does this for you).');
  });
}
