/**
 * `POST /api/v1/news/extract`: the candidate events of an article (plain text or HTML) with their
 * sentences, resolved dates and matches against the records, the same JSON as `leverage news
 * extract --json`. It writes nothing, so anyone may call it; the body is bounded.
 */
import type { FastifyInstance } from 'fastify';
import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import { extractArticle, type ArticleInput } from '../../app/index.ts';
import { LeverageError } from '../../domain/errors.ts';

/** Largest article accepted, in characters (HTML included). */
export const NEWS_TEXT_MAX = 1_000_000;

const FIELDS = ['kind', 'date', 'date_end', 'date_basis', 'date_note', 'count', 'count_qualifier', 'issuer', 'action', 'target', 'from', 'to', 'who', 'mode'];

export default async function newsExtractRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<JsonSchemaToTsProvider>().post(
    '/api/v1/news/extract',
    {
      // UTF-8 takes up to 4 bytes a character; JSON escaping a little more.
      bodyLimit: NEWS_TEXT_MAX * 4 + 4096,
      schema: {
        tags: ['news'],
        summary: 'Candidate events (releases, sanction changes, contacts, arrests, recognitions) in an article',
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['text'],
          properties: {
            text: { type: 'string', minLength: 1, maxLength: NEWS_TEXT_MAX },
            content_type: { type: 'string', enum: ['text/plain', 'text/html'] },
            published: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
            url: { type: 'string', maxLength: 2000 },
          },
        },
        response: {
          200: {
            type: 'object',
            properties: { events: { type: 'array', items: { type: 'object', additionalProperties: true } } },
          },
        },
      },
    },
    async (request) => {
      const body = request.body;
      if (!body || typeof body.text !== 'string')
        throw new LeverageError('invalid_value', 'the body must be an object with text', { location: { column: 'body' } });
      const input: ArticleInput = { text: body.text, published: body.published, url: body.url };
      if (body.content_type) input.contentType = body.content_type as ArticleInput['contentType'];
      const result = await extractArticle(app.store, input);
      return {
        events: result.events.map((e) => {
          const out: Record<string, unknown> = {};
          for (const k of FIELDS) if ((e as unknown as Record<string, unknown>)[k] !== undefined) out[k] = (e as unknown as Record<string, unknown>)[k];
          for (const [k, v] of Object.entries(e)) if (v !== undefined && !(k in out)) out[k] = v;
          return out;
        }),
      };
    },
  );
}
