/**
 * Reading the cells of a mapped table (`mappedCsv.ts`) as our fields: dates in the forms people and
 * exports write (ISO and EDTF, `15 March 2024`, `March 2024`, `2024/3/15`, `3/15/2024`), country names
 * or codes as ISO 3166-1 alpha-2 codes, coordinates as numbers. Each reader says why it could not read
 * a cell, so the row's problem names it.
 */
import { tryParseEdtf } from '../timeline/dates';
import { parseTypedDate } from '../timeline/userDates';

/** What a reader returns: the value, or why the cell was not read. */
export type Read<T> = { value: T; error?: undefined } | { value?: undefined; error: string };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A date cell as EDTF: EDTF as it is (`2024-03-15`, `2024-03~`, `2024/2025`), else a date written out
 * (`15 March 2024` → `2024-03-15`, `March 2024` → `2024-03`, `2024/3/15`, `3/15/2024`) at the precision
 * given. Anything else is an error quoting the cell.
 */
export function readDateCell(cell: string): Read<string> {
	const text = cell.trim();
	if (!text) return { error: 'no date' };
	if (!tryParseEdtf(text).error) return { value: text };
	const typed = parseTypedDate(text);
	if (typed) {
		const d = new Date(typed.startMs);
		const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
		const year = y < 0 ? `-${pad(-y, 4)}` : pad(y, 4);
		const value =
			typed.precision === 'year'
				? year
				: typed.precision === 'month'
					? `${year}-${pad(m)}`
					: `${year}-${pad(m)}-${pad(day)}`;
		return { value };
	}
	return {
		error: `"${text.slice(0, 60)}" is not a date this page reads (2024-03-15, 15 March 2024, March 2024, 2024, or EDTF)`
	};
}

let countryCodes: Map<string, string> | null = null;

const looseName = (name: string) =>
	name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/&/g, 'and')
		.replace(/[^a-z]+/g, '');

/** English country names → ISO codes, from the browser's own region names (no table shipped). */
function countryTable(): Map<string, string> {
	if (countryCodes) return countryCodes;
	countryCodes = new Map();
	const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
	const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
	for (const a of letters)
		for (const b of letters) {
			const code = a + b;
			const name = names.of(code);
			if (name && name !== code && !/^(EU|EZ|UN|QO|XA|XB|ZZ)$/.test(code))
				countryCodes.set(looseName(name), code);
		}
	// Names exports often use where the browser's differ.
	const aliases: Record<string, string> = {
		democraticrepublicofcongo: 'CD',
		republicofcongo: 'CG',
		ivorycoast: 'CI',
		burma: 'MM',
		czechrepublic: 'CZ',
		unitedstatesofamerica: 'US',
		usa: 'US',
		uk: 'GB',
		southkorea: 'KR',
		northkorea: 'KP',
		palestine: 'PS',
		turkey: 'TR',
		swaziland: 'SZ',
		macedonia: 'MK',
		easttimor: 'TL'
	};
	for (const [name, code] of Object.entries(aliases)) countryCodes.set(name, code);
	return countryCodes;
}

/** A country cell (`Ukraine`, `UA`, `ua`) as its ISO 3166-1 alpha-2 code. */
export function readCountryCell(cell: string): Read<string> {
	const text = cell.trim();
	if (/^[A-Za-z]{2}$/.test(text)) {
		const code = text.toUpperCase();
		if ([...countryTable().values()].includes(code)) return { value: code };
	}
	const code = countryTable().get(looseName(text));
	return code
		? { value: code }
		: { error: `"${text.slice(0, 60)}" is not a country name or ISO code; left out` };
}

/** A coordinate cell as a number within `limit` either side of zero. */
export function readCoordinateCell(cell: string, limit: 90 | 180): Read<number> {
	const text = cell.trim();
	const n = Number(text);
	if (!text || !Number.isFinite(n) || Math.abs(n) > limit)
		return { error: `"${text.slice(0, 30)}" is not a number from -${limit} to ${limit}; left out` };
	return { value: n };
}
