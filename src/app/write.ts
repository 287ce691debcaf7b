/**
 * The one door for writes. `write` checks the actor's permission, opens ONE transaction, runs the
 * use case's work in it and appends the use case's audit row before committing: a write that
 * fails leaves neither data nor an audit row behind, and no write escapes the audit.
 */
import type { Queryable, Store } from '../store/db.ts';
import { appendAudit } from '../store/audit.ts';
import { authorise, type Actor, type Permission } from './actor.ts';

/** What a write is: its permission, its audit action and a few words for refusals. */
export interface UseCase {
  permission: Permission;
  /** The audit log's `action`, e.g. `import`, `lists.import`. */
  action: string;
  /** For a refusal: "import registry files". */
  what: string;
}

/** What the work returns: its result and the summary the audit row keeps. */
export interface WriteOutcome<T> {
  result: T;
  /** The audit row's `after`: a summary, or the record as written. */
  audit: unknown;
  /** When the write is about one record: which, and the record before it (absent for a creation). */
  record?: { kind: string; id: string; before?: unknown };
  /** The editor's note: why. */
  note?: string;
}

/** Runs `work` for `actor` as the use case says; see the file comment. */
export async function write<T>(store: Store, actor: Actor, useCase: UseCase, work: (tx: Queryable, actor: Actor) => Promise<WriteOutcome<T>>): Promise<T> {
  authorise(actor, useCase.permission, useCase.what);
  return store.transaction(async (tx) => {
    const { result, audit, record, note } = await work(tx, actor);
    await appendAudit(tx, {
      actor: actor.id,
      action: useCase.action,
      after: audit,
      note,
      ...(record ? { recordKind: record.kind, recordId: record.id, before: record.before } : {}),
    });
    return result;
  });
}
