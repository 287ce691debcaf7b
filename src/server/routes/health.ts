import type { FastifyInstance } from 'fastify';

/** `GET /api/health`: the store answers, and what it holds. */
export default async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/api/health',
    {
      schema: {
        summary: 'Liveness and store status',
        description: 'Answers once the store does (one trivial query); counts per kind are at /api/v1/stats.',
        response: {
          200: {
            type: 'object',
            properties: { status: { type: 'string' }, engine: { type: 'string' }, data_version: { type: 'string' } },
            required: ['status', 'engine'],
          },
        },
      },
    },
    async () => {
      await app.store.query('SELECT 1');
      return { status: 'ok', engine: app.store.engine, data_version: await app.dataVersion() };
    },
  );
}
