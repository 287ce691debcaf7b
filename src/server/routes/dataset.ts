/** `GET /api/v1/dataset`: the dataset profile (`data/<country>/dataset.json`) the analyses and the dashboard default to. */
import type { FastifyInstance } from 'fastify';
import type { Registry } from '../../domain/records.ts';

export interface DatasetRoutesOptions {
  /** The registry of the current data version (its `profile` is what was last imported). */
  registry: () => Promise<Registry>;
}

export default async function datasetRoutes(app: FastifyInstance, opts: DatasetRoutesOptions): Promise<void> {
  app.get(
    '/api/v1/dataset',
    {
      schema: {
        summary: 'The dataset profile: country, primary counter, regime actors, report windows, programmes (null when none was imported)',
        tags: ['dataset'],
      },
    },
    async () => ({ profile: (await opts.registry()).profile ?? null }),
  );
}
