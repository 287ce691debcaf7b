import type { FastifyInstance } from 'fastify';
import { registryStats } from '../../store/registry.ts';

/** `GET /api/health`: the store answers, and what it holds. */
export default async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get('/api/health', {
    schema: {
      summary: 'Liveness and store status',
      response: { 200: { type: 'object', properties: { status: { type: 'string' }, engine: { type: 'string' }, records: { type: 'object', additionalProperties: { type: 'integer' } } }, required: ['status', 'engine'] } },
    },
  }, async () => {
    const stats = await registryStats(app.store);
    return { status: 'ok', engine: app.store.engine, records: Object.fromEntries(Object.entries(stats).map(([k, v]) => [k, v.count])) };
  });
}
