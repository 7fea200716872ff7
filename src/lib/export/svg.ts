/** The current view as an SVG picture. */
import type { ExportContext, ExportFile } from './format';
import { snapshotSvg } from './image';

/** The view on screen as `timeline.svg`; null without a timeline. */
export function exportFile({ timeline }: ExportContext): ExportFile {
	const node = timeline();
	return node && { name: 'timeline.svg', data: snapshotSvg(node), type: 'image/svg+xml' };
}
