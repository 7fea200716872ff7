// Minimal typings for the parts of `edtf` (inukshuk/edtf.js) we use; the package ships none.
declare module 'edtf' {
	interface Bitmask {
		value: number;
	}
	interface EdtfDate {
		type: string;
		min: number;
		max: number;
		precision?: number;
		uncertain?: Bitmask;
		approximate?: Bitmask;
		unspecified?: Bitmask;
		lower?: EdtfDate | null;
		upper?: EdtfDate | null;
		earlier?: boolean;
		later?: boolean;
		edtf: string;
	}
	export default function edtf(input: string, constraints?: { level?: number }): EdtfDate;
}
