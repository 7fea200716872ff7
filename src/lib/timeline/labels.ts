/**
 * Label measurement without a DOM: estimated widths, cutting a name to fit with an ellipsis, and which
 * side of its mark a label goes. Pure; pixels.
 */

const CJK = /[\u2E80-\u9FFF\uFF00-\uFFEF]/;
const CAPITAL = /[A-Z]/;

/**
 * Estimated width of a label in pixels at `fontPx`, without a DOM: CJK characters are about one em,
 * capitals about 0.66 em and other Latin ones about 0.56 em on average, plus `paddingPx` for the dot
 * and padding.
 */
export function estimateLabelPx(text: string, fontPx = 13, paddingPx = 22): number {
	let ems = 0;
	for (const ch of text) ems += CJK.test(ch) ? 1 : CAPITAL.test(ch) ? 0.66 : 0.56;
	return Math.ceil(ems * fontPx + paddingPx);
}

/**
 * `text` cut with an ellipsis to fit `roomPx` at `fontPx` (by {@link estimateLabelPx}, so a name ends in
 * "…" rather than being clipped mid-letter); '' when not even a letter and the ellipsis fit.
 */
export function fitText(text: string, roomPx: number, fontPx = 12): string {
	if (estimateLabelPx(text, fontPx, 0) <= roomPx) return text;
	const chars = [...text];
	for (let n = chars.length - 1; n > 0; n--) {
		const cut = `${chars.slice(0, n).join('').trimEnd()}…`;
		if (estimateLabelPx(cut, fontPx, 0) <= roomPx) return cut;
	}
	return '';
}

/**
 * Which side of its mark a label goes, and how wide it may be: to the right when it fits, else on the
 * side with more room (flipped to the left near the right edge), cut to that room (shown with an
 * ellipsis). `markPx` is the part of the label box the mark itself takes.
 */
export function placeLabel(
	xPx: number,
	labelPx: number,
	widthPx: number,
	markPx = 14
): { labelPx: number; leftPx: number } {
	const roomRight = widthPx - xPx;
	if (labelPx <= roomRight) return { labelPx, leftPx: xPx };
	const roomLeft = xPx + markPx;
	if (roomLeft <= roomRight) return { labelPx: Math.max(markPx, roomRight), leftPx: xPx };
	const width = Math.min(labelPx, roomLeft);
	return { labelPx: width, leftPx: xPx + markPx - width };
}
