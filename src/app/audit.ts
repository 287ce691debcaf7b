/**
 * Use cases over the audit log's hash chain: `verifyAudit` recomputes every row's hash from its
 * content and the previous row's stored hash and names the first row that does not match;
 * `auditCheckpoint` gives the head hash to publish with a data release, so that a later rewrite
 * of the whole tail (by someone able to recompute every hash) is still caught by comparing it.
 */
import { auditChainPage, auditHashAt, auditHead } from '../store/audit.ts';
import type { Queryable } from '../store/db.ts';

/** The outcome of a verification. */
export interface AuditVerification {
  ok: boolean;
  /** Rows checked. */
  rows: number;
  /** The newest row's id and hash when the chain holds. */
  head?: { id: string; hash: string };
  /** The first row whose stored hash differs from the recomputed one (edited, reordered, or a row before it deleted). */
  broken?: { id: string; stored: string | null; expected: string };
  /** A published checkpoint that the log no longer holds. */
  checkpointMismatch?: { id: string; published: string; stored: string | null };
}

/** Rows read per query: the check streams, whatever the log's size. */
const PAGE = 5000;

/** Recomputes the chain; with `checkpoint` (`<id>:<hash>`, as `auditCheckpoint` prints), also checks that row still has that hash. */
export async function verifyAudit(db: Queryable, checkpoint?: string): Promise<AuditVerification> {
  let after = '0';
  let prev: string | null = null;
  let rows = 0;
  for (;;) {
    const page = await auditChainPage(db, after, prev, PAGE);
    for (const link of page) {
      rows++;
      if (link.hash !== link.expected) return { ok: false, rows, broken: { id: link.id, stored: link.hash, expected: link.expected } };
      prev = link.hash;
      after = link.id;
    }
    if (page.length < PAGE) break;
  }
  if (checkpoint) {
    const [id, published] = checkpoint.split(':');
    const stored = (await auditHashAt(db, id ?? '')) ?? null;
    if (!id || !published || stored !== published) return { ok: false, rows, checkpointMismatch: { id: id ?? '', published: published ?? '', stored } };
  }
  return { ok: true, rows, ...(prev ? { head: { id: after, hash: prev } } : {}) };
}

/** The head of the chain as `<id>:<hash>` (undefined for an empty log), with the head row's time. */
export async function auditCheckpoint(db: Queryable): Promise<{ checkpoint: string; at: string } | undefined> {
  const head = await auditHead(db);
  return head ? { checkpoint: `${head.id}:${head.hash}`, at: head.at } : undefined;
}
