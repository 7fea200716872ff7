/**
 * A dataset's vocabulary as data: its categories (the values of events' `type`), the lanes that draw
 * them, their names in each language and their colours. A dataset may declare it (`categories` and
 * `lanes` in our JSON, as the curated `data/events.json` does); otherwise it is made from the events:
 * one lane per category in order of first appearance, colours from {@link PALETTE}, at most
 * {@link MAX_LANES} lanes with the least frequent categories together in "Other". The category
 * `period` is drawn as background bands, not in a lane. No dependencies, so pages can use it without
 * the validator. Adding a category never needs code.
 */

/** The category drawn as background bands rather than in a lane. */
export const PERIOD = 'period';

/** Most lanes a made vocabulary has; further categories share the last, "Other". */
export const MAX_LANES = 8;

/** Id of the lane for categories beyond {@link MAX_LANES}. */
export const OTHER_LANE = 'other';

/** A colour for light and for dark pages. */
export interface LaneColor {
	light: string;
	dark: string;
}

/**
 * The lane colours, in order: hues after Okabe and Ito's colour-blind-safe set, darkened for light
 * pages and lightened for dark ones so each keeps at least 4.4:1 against every lane background (WCAG
 * 1.4.11 asks 3:1). The palette, defined once; the curated lanes take the first four.
 */
export const PALETTE: readonly LaneColor[] = [
	{ light: '#7a3e9d', dark: '#d4a5f0' },
	{ light: '#0b5cad', dark: '#7cb7ff' },
	{ light: '#a2410f', dark: '#ffab7a' },
	{ light: '#1f7a3a', dark: '#7fd88f' },
	{ light: '#00758f', dark: '#5fd0e6' },
	{ light: '#a8326e', dark: '#f29cc8' },
	{ light: '#6f6200', dark: '#e3d24f' },
	{ light: '#5b6470', dark: '#b8c0c8' }
];

/** A category: its id as events write it, and its name (Chinese optional). */
export interface Category {
	id: string;
	label: string;
	labelZh?: string;
}

/** A lane: the categories drawn in it, its name and colour. */
export interface Lane {
	id: string;
	label: string;
	labelZh?: string;
	categories: string[];
	color: LaneColor;
}

/** Categories and lanes of a dataset (plain data: pages receive it from the server). */
export interface Vocabulary {
	categories: Category[];
	lanes: Lane[];
}

/** What a dataset may declare: lanes with a colour or none (the palette's, in order). */
export interface DeclaredVocabulary {
	categories?: Category[];
	lanes?: (Omit<Lane, 'color'> & { color?: string | LaneColor })[];
}

/**
 * The vocabulary of a dataset: `declared` as given (categories the events use but it leaves out are
 * added, and drawn in an "Other" lane), or made from `types` (the events' categories, in order).
 */
export function vocabularyOf(
	declared: DeclaredVocabulary | null | undefined,
	types: Iterable<string>
): Vocabulary {
	const counts = new Map<string, number>();
	for (const type of types) if (type !== PERIOD) counts.set(type, (counts.get(type) ?? 0) + 1);
	const categories: Category[] = [...(declared?.categories ?? [])];
	const known = new Set(categories.map((c) => c.id));
	for (const id of counts.keys()) if (!known.has(id)) categories.push({ id, label: id });

	let lanes: Lane[];
	if (declared?.lanes?.length) {
		lanes = declared.lanes.map((lane, i) => ({
			...lane,
			categories: [...lane.categories],
			color: colorOf(lane.color, i)
		}));
	} else {
		const ids = categories.map((c) => c.id).filter((id) => id !== PERIOD);
		// The most frequent categories get lanes of their own (in order of first appearance).
		const own =
			ids.length <= MAX_LANES
				? ids
				: [...ids]
						.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))
						.slice(0, MAX_LANES - 1);
		lanes = ids
			.filter((id) => own.includes(id))
			.map((id, i) => {
				const c = categories.find((k) => k.id === id)!;
				return { id, label: c.label, labelZh: c.labelZh, categories: [id], color: PALETTE[i] };
			});
	}
	const laned = new Set(lanes.flatMap((l) => l.categories));
	const rest = categories.map((c) => c.id).filter((id) => id !== PERIOD && !laned.has(id));
	if (rest.length) {
		lanes.push({
			id: OTHER_LANE,
			label: 'Other',
			labelZh: '其他',
			categories: rest,
			color: PALETTE[Math.min(lanes.length, PALETTE.length - 1)]
		});
	}
	return { categories, lanes };
}

function colorOf(color: string | LaneColor | undefined, i: number): LaneColor {
	if (typeof color === 'string') return { light: color, dark: color };
	return color ?? PALETTE[i % PALETTE.length];
}

/** Index of the lane drawing `type` (-1 for periods and unknown categories). */
export function laneOf(vocabulary: Vocabulary, type: string): number {
	if (type === PERIOD) return -1;
	return vocabulary.lanes.findIndex((lane) => lane.categories.includes(type));
}

/** A lane's colour as CSS, following the page's scheme: `light-dark(#0b5cad, #7cb7ff)`. */
export function cssColor(color: LaneColor): string {
	return color.light === color.dark ? color.light : `light-dark(${color.light}, ${color.dark})`;
}

/** The name of a category or lane in `lang` (English when there is no Chinese). */
export function nameIn(item: { label: string; labelZh?: string }, lang: string): string {
	return lang === 'zh' && item.labelZh ? item.labelZh : item.label;
}

/** The name of category `id` in `lang` (its id when the vocabulary does not name it). */
export function categoryName(vocabulary: Vocabulary, id: string, lang: string): string {
	const category = vocabulary.categories.find((c) => c.id === id);
	return category ? nameIn(category, lang) : id;
}

/** The CSS colour of lane `index` (periods and unknown lanes: the muted text colour). */
export function laneColor(vocabulary: Vocabulary, index: number): string {
	const lane = vocabulary.lanes[index];
	return lane ? cssColor(lane.color) : 'var(--fg-muted)';
}
