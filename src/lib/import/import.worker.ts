/**
 * Reads, parses and validates a large imported dataset off the main thread. Receives `{ source, name }`:
 * a file (read slice by slice) or the bytes of a download (transferred, not copied); answers with
 * `{ progress }` as it goes and then `{ result }` (structured-cloned) or `{ error }`. Ending the
 * worker cancels the import.
 */
import { importBytes } from './streamImport';
import type { ImportProgress, ImportResult } from './types';

/** What the page sends. */
export interface ImportRequest {
	source: Blob | ArrayBuffer;
	name: string;
}

/** What the worker answers. */
export type ImportReply =
	{ progress: ImportProgress } | { result: ImportResult } | { error: string };

const reply = (message: ImportReply) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
	const { source, name } = event.data;
	try {
		const bytes = source instanceof ArrayBuffer ? new Uint8Array(source) : source;
		reply({ result: await importBytes(bytes, name, (progress) => reply({ progress })) });
	} catch (error) {
		reply({ error: `could not read ${name}: ${String((error as Error).message ?? error)}` });
	}
};
