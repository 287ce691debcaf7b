/** Downloading the official lists: the sources file and one conditional download. */
export { readFetchSources, selectFetchSources, type FetchSource, type FetchFile } from './config.ts';
export { download, type DownloadOptions, type DownloadResult, type Validators } from './download.ts';
export { readDatasetIndex, type DatasetIndex } from './opensanctions-index.ts';
