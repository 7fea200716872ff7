/**
 * Where a JSON text first goes wrong. V8's messages only sometimes carry a position ("Unexpected
 * token ',', ..." has none on Node 20), so after JSON.parse fails we scan the text once ourselves.
 * A plain recursive-descent reader of RFC 8259; it checks structure only and builds nothing.
 */

/** UTF-16 offset of the first character that makes `text` invalid JSON, or -1 if it is valid. */
export function jsonErrorOffset(text: string): number {
	let i = 0;
	const fail = (): never => {
		throw i;
	};
	const ws = () => {
		while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
	};
	const literal = (word: string) => {
		for (const ch of word) {
			if (text[i] !== ch) fail();
			i++;
		}
	};
	const string = () => {
		i++; // opening quote
		while (i < text.length && text[i] !== '"') {
			if (text.charCodeAt(i) < 0x20) fail();
			if (text[i] === '\\') {
				i++;
				if (text[i] === 'u') {
					if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
					i += 4;
				} else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
			}
			i++;
		}
		if (i >= text.length) fail();
		i++;
	};
	const number = () => {
		const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
		if (!match) fail();
		i += match![0].length;
	};
	const value = (): void => {
		ws();
		const ch = text[i];
		if (ch === '{') {
			i++;
			ws();
			if (text[i] === '}') return void i++;
			for (;;) {
				ws();
				if (text[i] !== '"') fail();
				string();
				ws();
				if (text[i] !== ':') fail();
				i++;
				value();
				ws();
				if (text[i] === ',') i++;
				else if (text[i] === '}') return void i++;
				else fail();
			}
		} else if (ch === '[') {
			i++;
			ws();
			if (text[i] === ']') return void i++;
			for (;;) {
				value();
				ws();
				if (text[i] === ',') i++;
				else if (text[i] === ']') return void i++;
				else fail();
			}
		} else if (ch === '"') string();
		else if (ch === 't') literal('true');
		else if (ch === 'f') literal('false');
		else if (ch === 'n') literal('null');
		else if (ch === '-' || (ch >= '0' && ch <= '9')) number();
		else fail();
	};
	try {
		value();
		ws();
		return i < text.length ? i : -1;
	} catch (offset) {
		return Math.min(offset as number, text.length);
	}
}

/** 1-based line and column of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset).split('\n');
	return { line: before.length, column: before[before.length - 1].length + 1 };
}
