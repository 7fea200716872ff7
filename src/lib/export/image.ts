/**
 * Pictures of the timeline's current view, in the browser only (this module reads the DOM): a
 * standalone SVG of what is drawn (the chart `<svg>` with bands, axis and spans, plus the HTML marks
 * redrawn as SVG) and a PNG of that SVG. Colours come from `getComputedStyle`,
 * so CSS custom properties and the current theme are resolved to concrete values.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Presentation properties copied from computed style onto every drawn SVG element. */
const PAINT = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'opacity'
];
/** ...and onto text. */
const FONT = [
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'letter-spacing',
	'text-anchor'
];
/** Initial values, left out to keep the file small. */
const INITIAL = new Set([
	'fill-opacity:1',
	'stroke:none',
	'stroke-width:1px',
	'stroke-opacity:1',
	'stroke-dasharray:none',
	'opacity:1',
	'font-style:normal',
	'letter-spacing:normal',
	'text-anchor:start'
]);
const DRAWN = 'rect, line, circle, ellipse, path, polyline, polygon, text, tspan';

/**
 * A computed value as a portable attribute: `url("http://host/#hatch")` → `url(#hatch)` (browsers
 * resolve paint servers to absolute URLs), `rgba(r, g, b, 0)` → `none`.
 */
function portable(value: string): string {
	const local = /^url\(["']?[^#"')]*(#[^"')]+)["']?\)/.exec(value);
	if (local) return `url(${local[1]})`;
	return /^rgba\([^)]*,\s*0\)$/.test(value) ? 'none' : value;
}

/** Copies the computed paint and font of each drawn element of `from` onto its clone in `to`. */
function inlineStyles(from: SVGElement, to: SVGElement): void {
	const originals = from.querySelectorAll<SVGElement>(DRAWN);
	const clones = to.querySelectorAll<SVGElement>(DRAWN);
	originals.forEach((original, i) => {
		const clone = clones[i];
		const style = getComputedStyle(original);
		if (style.display === 'none' || style.visibility === 'hidden') return clone.remove();
		const text = clone.localName === 'text' || clone.localName === 'tspan';
		for (const name of text ? [...PAINT, ...FONT] : PAINT) {
			const value = style.getPropertyValue(name);
			if (value && !INITIAL.has(`${name}:${value}`)) clone.setAttribute(name, portable(value));
		}
		// SVG has no text-transform; apply it to the text (lane names are upper-cased by CSS).
		if (style.textTransform === 'uppercase' && clone.textContent)
			clone.textContent = clone.textContent.toUpperCase();
		clone.removeAttribute('class');
	});
}

function svgElement(name: string, attributes: Record<string, string | number>): SVGElement {
	const element = document.createElementNS(SVG_NS, name);
	for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
	return element;
}

/** Font attributes of an HTML element's computed style. */
function fontOf(style: CSSStyleDeclaration): Record<string, string> {
	return {
		'font-family': style.fontFamily,
		'font-size': style.fontSize,
		'font-weight': style.fontWeight,
		'font-style': style.fontStyle
	};
}

/**
 * The HTML marks layer as SVG: for each `button[data-mark]`, its dot (a circle, or a rounded
 * rectangle with the count for a cluster) and its label, placed with offsetLeft/offsetTop (the marks
 * layer covers the viewport, so offsets are in chart coordinates).
 */
function drawMarks(viewport: HTMLElement): SVGElement {
	const layer = svgElement('g', { class: 'marks' });
	for (const button of viewport.querySelectorAll<HTMLElement>('button[data-mark]')) {
		const dot = button.querySelector<HTMLElement>('.dot');
		const label = button.querySelector<HTMLElement>('.label');
		const [x, y] = [button.offsetLeft, button.offsetTop];
		if (dot) {
			const style = getComputedStyle(dot);
			const stroke = parseFloat(style.borderTopWidth) || 0;
			const [w, h] = [dot.offsetWidth - stroke, dot.offsetHeight - stroke];
			const [left, top] = [x + dot.offsetLeft + stroke / 2, y + dot.offsetTop + stroke / 2];
			const paint = {
				fill: portable(style.backgroundColor),
				stroke: portable(style.borderTopColor),
				'stroke-width': stroke,
				...(style.borderTopStyle === 'dashed' ? { 'stroke-dasharray': '2 2' } : {})
			};
			layer.append(
				Math.abs(w - h) < 1
					? svgElement('circle', { cx: left + w / 2, cy: top + h / 2, r: w / 2, ...paint })
					: svgElement('rect', { x: left, y: top, width: w, height: h, rx: h / 2, ...paint })
			);
			if (dot.textContent?.trim()) {
				const count = svgElement('text', {
					x: left + w / 2,
					y: top + h / 2,
					dy: '0.35em',
					'text-anchor': 'middle',
					fill: style.color,
					...fontOf(style)
				});
				count.textContent = dot.textContent.trim();
				layer.append(count);
			}
		}
		if (label?.textContent) {
			const style = getComputedStyle(label);
			const text = svgElement('text', {
				x: x + label.offsetLeft,
				y: y + label.offsetTop + label.offsetHeight / 2,
				dy: '0.35em',
				fill: style.color,
				...fontOf(style)
			});
			text.textContent = label.textContent;
			layer.append(text);
		}
	}
	return layer;
}

/**
 * Serialises the timeline's current view inside `container` (a `.timeline` or anything holding its
 * `.viewport`) as one standalone SVG document: `xmlns`, width, height and viewBox in CSS pixels, a
 * background rectangle, the chart (bands, axis, spans) with computed colours and fonts inlined as
 * attributes, and the marks redrawn as circles and text. The overview strip is left out.
 * @throws {Error} when the container holds no `svg.chart`.
 */
export function snapshotSvg(container: HTMLElement): string {
	const viewport = container.querySelector<HTMLElement>('.viewport') ?? container;
	const chart = viewport.querySelector<SVGSVGElement>('svg.chart');
	if (!chart) throw new Error('snapshotSvg: no timeline chart (svg.chart) in this container');
	const [width, height] = [viewport.clientWidth, viewport.clientHeight];
	const root = svgElement('svg', {
		width,
		height,
		viewBox: `0 0 ${width} ${height}`,
		'font-family': getComputedStyle(viewport).fontFamily
	});
	// Declared as a namespace attribute, so the serialiser neither drops nor duplicates it.
	root.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns', SVG_NS);
	const background = getComputedStyle(viewport).backgroundColor;
	root.append(svgElement('rect', { width, height, fill: portable(background) }));
	const copy = chart.cloneNode(true) as SVGSVGElement;
	inlineStyles(chart, copy);
	const chartLayer = svgElement('g', { class: 'chart' });
	chartLayer.append(...Array.from(copy.childNodes));
	root.append(chartLayer, drawMarks(viewport));
	return new XMLSerializer().serializeToString(root);
}

/**
 * Rasterises an SVG document (as from {@link snapshotSvg}) to a PNG of `width`×`height` CSS pixels
 * times `scale` (default 2, for sharp text on high-density screens), through an Image and a canvas.
 * @throws {Error} (rejects) when the SVG cannot be decoded or the canvas cannot be encoded, e.g. when
 * the size exceeds the browser's canvas limit.
 */
export async function svgToPngBlob(
	svg: string,
	width: number,
	height: number,
	scale = 2
): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const image = new Image(width, height);
		await new Promise<void>((resolve, reject) => {
			image.onload = () => resolve();
			image.onerror = () => reject(new Error('svgToPngBlob: the SVG could not be decoded'));
			image.src = url;
		});
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('svgToPngBlob: no 2D canvas in this browser');
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob(
				(blob) => (blob ? resolve(blob) : reject(new Error('svgToPngBlob: PNG encoding failed'))),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
