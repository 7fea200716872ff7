/**
 * The presenter's state: which tour, which step (1-based), and the digits typed for a jump. The
 * computation (clamping, parsing) lives in lib/data/tours.ts; the pages wire this class to the URL, the
 * other window and the timeline through {@link Presenter.listen}.
 */
import type { Tour, TourStop } from '$lib/data/tours';
import { clampStep, parseStep } from '$lib/present/params';

/** Why the step changed: a key or button here, the other window, or the address bar. */
export type ChangeOrigin = 'local' | 'remote' | 'url';

/** What changed: the position (tour or step) or the blank screen. */
export type ChangeKind = 'step' | 'blank';

/** A blanked screen (B or `.` black, W white), as in slide software; null shows the slide. */
export type Blank = 'black' | 'white' | null;

/** Holds the position in a tour. Tours are never empty (validation guarantees a stop). */
export class Presenter {
	readonly tours: readonly Tour[];
	tourId = $state('');
	/** 1-based. */
	step = $state(1);
	/** Digits typed so far for "number, then Enter". */
	digits = $state('');
	/** The screen blanked by B, `.` or W; any key returns. */
	blank = $state<Blank>(null);

	/** The current tour (getters, not `$derived`: `tours` is only set in the constructor). */
	get tour(): Tour {
		return this.tours.find((t) => t.id === this.tourId) ?? this.tours[0];
	}
	/** Number of stops of the current tour. */
	get count(): number {
		return this.tour.stops.length;
	}
	/** The current stop. */
	get stop(): TourStop {
		return this.tour.stops[this.step - 1];
	}
	/** The stop after this one, or null at the end. */
	get nextStop(): TourStop | null {
		return this.tour.stops[this.step] ?? null;
	}

	#listeners: ((origin: ChangeOrigin, kind: ChangeKind) => void)[] = [];

	constructor(tours: readonly Tour[], tourId = tours[0]?.id ?? '', step = 1) {
		this.tours = tours;
		this.set(tourId, step, 'url');
	}

	/**
	 * Moves to `step` of `tourId` (an unknown tour gives the first; the step is clamped) and tells the
	 * listeners. Returns false, telling nobody, when nothing changed.
	 */
	set(tourId: string, step: number, origin: ChangeOrigin): boolean {
		const tour = this.tours.find((t) => t.id === tourId) ?? this.tours[0];
		if (!tour) return false;
		const clamped = clampStep(step, tour.stops.length);
		if (tour.id === this.tourId && clamped === this.step) return false;
		this.tourId = tour.id;
		this.step = clamped;
		for (const listener of this.#listeners) listener(origin, 'step');
		return true;
	}

	/**
	 * Blanks the screen (`black`, `white`) or shows it again (null) and tells the listeners. Returns
	 * false, telling nobody, when nothing changed.
	 */
	setBlank(blank: Blank, origin: ChangeOrigin = 'local'): boolean {
		if (blank === this.blank) return false;
		this.blank = blank;
		for (const listener of this.#listeners) listener(origin, 'blank');
		return true;
	}

	/**
	 * Calls `listener` after every change (with its origin and whether the step or the blank screen
	 * changed); returns the unsubscribe function.
	 */
	listen(listener: (origin: ChangeOrigin, kind: ChangeKind) => void): () => void {
		this.#listeners.push(listener);
		return () => {
			this.#listeners = this.#listeners.filter((l) => l !== listener);
		};
	}

	/** Moves to `step` of this tour (clamped), dropping any typed digits. */
	go(step: number): boolean {
		this.digits = '';
		return this.set(this.tourId, step, 'local');
	}
	/** The next stop; false at the end. */
	next(): boolean {
		return this.go(this.step + 1);
	}
	/** The previous stop; false at the start. */
	previous(): boolean {
		return this.go(this.step - 1);
	}
	/** The first stop. */
	first(): boolean {
		return this.go(1);
	}
	/** The last stop. */
	last(): boolean {
		return this.go(this.count);
	}
	/** Starts `tourId` at its first stop. */
	chooseTour(tourId: string): boolean {
		return this.set(tourId, 1, 'local');
	}

	/** Adds a typed digit (at most four are kept). */
	typeDigit(digit: string): void {
		this.digits = (this.digits + digit).slice(-4);
	}
	/** Removes the last typed digit (Backspace). */
	eraseDigit(): void {
		this.digits = this.digits.slice(0, -1);
	}
	/** Forgets the typed digits (Esc). */
	clearDigits(): void {
		this.digits = '';
	}
	/** Jumps to the typed step (clamped). Returns false when no digit was typed. */
	commitDigits(): boolean {
		if (!this.digits) return false;
		const step = parseStep(this.digits, this.count);
		this.digits = '';
		this.go(step);
		return true;
	}
}
