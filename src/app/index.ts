/**
 * The application layer's public surface: one function per use case. Writes take an `Actor`,
 * check its permission, run in one transaction and append their audit row (`write.ts`); the
 * server and the CLI call only this folder, never the store or the parsers directly.
 */
export { ANONYMOUS, SYSTEM, ROLES, operator, can, authorise, type Actor, type Role, type Permission } from './actor.ts';
export { write, type UseCase, type WriteOutcome } from './write.ts';
export { addAccount, listAccounts, setAccountRole, disableAccount, resetPassword, signOutEverywhere, type Account } from './accounts.ts';
export {
  signIn,
  signOut,
  sessionActor,
  createToken,
  tokenActor,
  listTokens,
  revokeToken,
  DEFAULT_SESSION_POLICY,
  TOKEN_SCOPES,
  TOKEN_MAX_DAYS,
} from './sessions.ts';
export type { SessionPolicy, SignedIn, ApiToken, TokenScope } from './sessions.ts';
export { PASSWORD_MIN } from './credentials.ts';
export { createRecord, editRecord, restoreRecord, recordEtag, changedFields, type EditOutcome } from './edit.ts';
export { recordHistory, type HistoryEntry } from './history.ts';
export { deleteRecord, undeleteRecord, type DeletionOutcome } from './delete.ts';
export { verifyAudit, auditCheckpoint, type AuditVerification } from './audit.ts';
export { openReadyStore, type ReadyStoreOptions } from './workspace.ts';
export { migrate } from '../store/migrate.ts';
export type { Store, Queryable, StoreOptions } from '../store/db.ts';
export { isUniqueViolation } from '../store/db.ts';
export { encodeValue, decodeValue } from '../store/wire.ts';
export { importRegistryFiles, type FileResult, type ImportOptions } from './import-registry.ts';
export { seed, datasetFiles, SHIPPED_DATA_DIR } from './seed.ts';
export { importListFiles, type ImportSummary, type ListImportOptions } from './import-lists.ts';
export { diffSnapshots, type DiffRequest, type DiffPairInfo } from './diff-lists.ts';
export {
  listSnapshots,
  getSnapshot,
  snapshotDesignations,
  saveDiffMeasures,
  setSnapshotDate,
  setSnapshotSample,
  removeSnapshot,
  type SnapshotRow,
  type MeasureOptions,
} from './lists.ts';
export { writeFtm, type FtmExportOptions, type FtmExportSummary } from './export-ftm.ts';
export * from './read.ts';
export { parseFormat, LIST_FORMATS } from '../ingest/lists/index.ts';
export { readNamesCsv, readCsvTable, type NameQuery } from '../ingest/names-file.ts';
export type { ListDiff, CandidateMeasure, CountryProgrammes } from '../analysis/list-diff/index.ts';
export { seedLists, shippedLists, seedListsInBackground, listsLoadState, SHIPPED_LISTS_DIR, type ShippedList, type ListsLoadState } from './seed-lists.ts';
export { runOnce, type RunOnceOutcome } from '../store/run-once.ts';
export { extractArticle, type ArticleInput } from './news-extract.ts';
export * from './news-queue-index.ts';
export { updateLists, listsRawDir, LIST_SOURCES_FILE, LIST_UPDATER, type UpdateOptions, type UpdateOutcome, type SourceUpdate } from './lists-update.ts';
export { recentListChanges, summariseChanges, NO_PROGRAMME, type ChangeSummary, type ChangeCounts, type ListChangeRow } from './lists-update-changes.ts';
export { signWebhook, verifyWebhookSignature, webhooksFromEnv, deliverWebhook, type WebhookTarget, type DeliveryOptions } from './lists-update-webhooks.ts';
export { listChangesAtom, type FeedOptions } from './lists-update-feed.ts';
export { scheduleListUpdates, parseInterval, type ScheduleOptions } from './lists-update-schedule.ts';
export { describeUpdate } from './lists-update-describe.ts';
