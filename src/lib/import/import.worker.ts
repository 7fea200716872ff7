/**
 * Reads, parses and validates a large imported dataset off the main thread. Receives
 * `{ source, name, map }`: a file or a download's bytes as a Blob, read slice by slice; answers with
 * `{ progress }` as it goes and then `{ result }` (structured-cloned) or `{ error }`. Ending the
 * worker cancels the import.
 */
import { shareEmptyLists } from './posting';
import { importBytes } from './streamImport';
import type { ImportProgress, ImportResult } from './types';

/** What the page sends. */
export interface ImportRequest {
	source: Blob;
	name: string;
	/** A column mapping in its address form, for a table whose columns are not ours. */
	map: string | null;
}

/** What the worker answers. */
export type ImportReply =
	{ progress: ImportProgress } | { result: ImportResult } | { error: string };

const reply = (message: ImportReply) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
	const { source, name, map } = event.data;
	try {
		const result = await importBytes(source, name, {
			map,
			onProgress: (progress) => reply({ progress })
		});
		reply({ result: shareEmptyLists(result) });
	} catch (error) {
		reply({ error: `could not read ${name}: ${String((error as Error).message ?? error)}` });
	}
};
