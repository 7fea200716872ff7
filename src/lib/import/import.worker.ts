/**
 * Parses and validates an imported dataset off the main thread. Receives `{ text, name }`, answers with
 * the ImportResult (structured-cloned) or `{ error }`.
 */
import { importDataset } from './registry';

self.onmessage = (event: MessageEvent<{ text: string; name?: string; map?: string | null }>) => {
	try {
		self.postMessage({
			result: importDataset(event.data.text, event.data.name, { map: event.data.map })
		});
	} catch (error) {
		self.postMessage({
			error: `could not read ${event.data.name ?? 'the data'}: ${String((error as Error).message ?? error)}`
		});
	}
};
