/** Vertical geometry of the timeline: a period row, lanes of label rows, then the axis. Pixels. */

export interface Geometry {
	periodRowPx: number;
	rowPx: number;
	rowsPerLane: number;
	lanePadPx: number;
	laneCount: number;
	axisPx: number;
	/** Top of lane `i`. */
	laneTop(i: number): number;
	laneHeightPx: number;
	/** Bottom of the last lane, where the axis starts. */
	lanesBottomPx: number;
	/** Everything, axis included. */
	heightPx: number;
}

/**
 * Geometry for `laneCount` lanes of `rowsPerLane` rows. Defaults fit four lanes of two rows in about
 * 380 px; `compact` (embeds, phones) uses tighter rows.
 */
export function timelineGeometry(laneCount: number, rowsPerLane = 2, compact = false): Geometry {
	const periodRowPx = compact ? 22 : 26;
	const rowPx = compact ? 28 : 32;
	const lanePadPx = compact ? 12 : 18;
	const axisPx = 44;
	const laneHeightPx = rowsPerLane * rowPx + lanePadPx;
	const lanesBottomPx = periodRowPx + laneCount * laneHeightPx;
	return {
		periodRowPx,
		rowPx,
		rowsPerLane,
		lanePadPx,
		laneCount,
		axisPx,
		laneTop: (i) => periodRowPx + i * laneHeightPx,
		laneHeightPx,
		lanesBottomPx,
		heightPx: lanesBottomPx + axisPx
	};
}
