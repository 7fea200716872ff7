/** The current view as a PNG picture (twice its CSS size). */
import type { ExportContext, ExportFile } from './format';
import { snapshotSvg, svgToPngBlob } from './image';

/** The view on screen as `timeline.png`; null without a timeline. */
export async function exportFile({ timeline }: ExportContext): Promise<ExportFile> {
	const node = timeline();
	if (!node) return null;
	const box = node.getBoundingClientRect();
	const data = await svgToPngBlob(snapshotSvg(node), box.width, box.height);
	return { name: 'timeline.png', data, type: 'image/png' };
}
