/**
 * The home page's side of the column-mapping step (`MappingDialog.svelte`): what Import and Cancel do
 * to the page. Loaded with the data panel, not with the page: the explorer only names the mapping in
 * the address (`mapParam`) and waits while a table asks for one.
 */
import { formatMapping, mapParamValue, type ColumnMapping } from '$lib/import/mapping';
import type { Explorer } from './explorer.svelte';

/**
 * Reads the table waiting in the mapping dialog through `mapping`; a new address names it with its
 * mapping (`?file=…&map=…` or `?data=…&map=…`), so a link or a reload shows the same view. A file
 * picked on this page is kept for the tab (tabData.ts) only now.
 */
export async function confirmMapping(explorer: Explorer, mapping: ColumnMapping): Promise<void> {
	const importer = explorer.importer;
	const pending = importer?.pending;
	if (!importer || !pending) return;
	const map = mapParamValue(formatMapping(mapping));
	// A file picked here is named now; data the address named keeps its name, with the mapping.
	const { switched } = pending;
	explorer.switchTo(
		switched ? explorer.dataUrl : null,
		switched ? explorer.fileName : pending.name,
		map
	);
	const loading = importer.loadPending(pending, map);
	if (!switched && pending.file) {
		const { saveTabDataset } = await import('$lib/state/tabData');
		await saveTabDataset(pending.name, pending.file);
	}
	await loading;
}

/**
 * Closes the mapping dialog without reading the table: a file picked on this page leaves the page as
 * it was; data the address named gives way to the curated dataset.
 */
export function cancelMapping(explorer: Explorer): void {
	const importer = explorer.importer;
	if (!importer?.pending) return;
	if (importer.pending.switched) explorer.resetData();
	else importer.pending = null;
}
