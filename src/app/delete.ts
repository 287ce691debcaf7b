/**
 * Use cases: deleting a registry record (admins only) and bringing it back. Deletion is soft: the
 * row stays, marked with when and by whom, so the history and the audit chain keep it; a deleted
 * record is absent from every public read and analysis, and editors and admins still open it by
 * id, marked deleted. Both are audited through `write()` with the admin's note.
 */
import { LeverageError } from '../domain/errors.ts';
import type { Store } from '../store/db.ts';
import { getRecordWithState, setDeleted } from '../store/records-query.ts';
import type { Actor } from './actor.ts';
import { checkNote, kindNamed } from './edit.ts';
import { write } from './write.ts';

/** What a delete or an undelete reports. */
export interface DeletionOutcome {
  kind: string;
  id: string;
  /** When it was deleted; absent once restored. */
  deleted_at?: string;
  deleted_by?: string;
}

/** Marks a record deleted; `conflict` when it already is. */
export function deleteRecord(store: Store, actor: Actor, kindName: string, id: string, note?: string): Promise<DeletionOutcome> {
  return setDeletion(store, actor, kindName, id, note, true);
}

/** Restores a deleted record; `conflict` when it is not deleted. */
export function undeleteRecord(store: Store, actor: Actor, kindName: string, id: string, note?: string): Promise<DeletionOutcome> {
  return setDeletion(store, actor, kindName, id, note, false);
}

async function setDeletion(store: Store, actor: Actor, kindName: string, id: string, note: string | undefined, deleted: boolean): Promise<DeletionOutcome> {
  const kind = kindNamed(kindName);
  const why = checkNote(note);
  const action = deleted ? 'record.delete' : 'record.undelete';
  const what = deleted ? `delete ${kind.plural}` : `restore deleted ${kind.plural}`;
  return write(store, actor, { permission: 'administer', action, what }, async (tx) => {
    const found = await getRecordWithState(tx, kind, id);
    if (!found) throw new LeverageError('not_found', `no ${kind.name} with id "${id}"`, { location: { column: 'id' } });
    if (!(await setDeleted(tx, kind, id, deleted ? actor.id : null)))
      throw new LeverageError('conflict', `the ${kind.name} "${id}" is ${deleted ? 'deleted already' : 'not deleted'}`, { location: { column: 'id' } });
    const now = await getRecordWithState(tx, kind, id);
    const result: DeletionOutcome = {
      kind: kind.name,
      id,
      ...(now?.deletedAt ? { deleted_at: now.deletedAt, deleted_by: now.deletedBy } : {}),
    };
    // The record itself is unchanged: before and after are the same record, so the history shows no field diff.
    return { result, audit: found.record, record: { kind: kind.name, id, before: found.record }, note: why };
  });
}
