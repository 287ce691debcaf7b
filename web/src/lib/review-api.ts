/** The review queue's API calls and the shapes the page reads (types from src/app, imported as types only). */
import { getJson, postJson, withQuery } from './api.ts';
import type { ArticleView, DecisionOutcome, QueueItem, QueueOutcome } from '../../../src/app/index.ts';

export type { QueueItem };
export type Article = ArticleView & { text: string };
export type Submitted = QueueOutcome & { candidates: QueueItem[] };

export interface Me {
  id: string;
  role: 'viewer' | 'editor' | 'admin';
  account?: string;
}

export const whoAmI = () => getJson<Me>('/api/v1/auth/me');
export const submit = (body: { text: string; contentType?: string; published?: string; url?: string }) => postJson<Submitted>('/api/v1/news/articles', body);
export const readArticle = (id: string) => getJson<{ article: Article; candidates: QueueItem[] }>(`/api/v1/news/articles/${encodeURIComponent(id)}`);
export const readQueue = (status = 'pending') => getJson<{ items: QueueItem[]; total: number }>(withQuery('/api/v1/news/queue', { status, limit: 200 }));
export const decide = (id: string, body: Record<string, unknown>) => postJson<DecisionOutcome>(`/api/v1/news/queue/${encodeURIComponent(id)}/decision`, body);
export const decideMany = (candidates: string[], body: { decision: 'accept' | 'reject'; reason?: string }) =>
  postJson<{ results: { candidate: string; ok: boolean; error?: string }[] }>('/api/v1/news/decisions', { candidates, ...body });
export const undo = () => postJson<DecisionOutcome & { undone: string }>('/api/v1/news/undo', {});

/** The event's facts as short "name value" pieces, in a fixed order. */
export function facts(e: QueueItem['event']): string[] {
  const out: string[] = [];
  if (e.count !== undefined) out.push(`count ${e.count_qualifier && e.count_qualifier !== 'exact' ? `${e.count_qualifier.replace('_', ' ')} ` : ''}${e.count}`);
  if (e.mode) out.push(`mode ${e.mode}`);
  if (e.issuer) out.push(`issuer ${e.issuer}`);
  if (e.action) out.push(`action ${e.action}`);
  if (e.target) out.push(`target ${e.target}`);
  if (e.from || e.to) out.push(`${e.from ?? '?'} → ${e.to ?? '?'}`);
  if (e.who?.length) out.push(`who ${e.who.join(', ')}`);
  if (e.total !== undefined) out.push(`total ${e.total}`);
  if (e.counter) out.push(`counter ${e.counter}`);
  if (e.about) out.push(`about ${e.about}`);
  return out;
}
