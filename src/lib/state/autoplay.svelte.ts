/**
 * Kiosk autoplay (`/present?autoplay=<seconds>`): advances the tour one stop every `seconds`, from the
 * last stop back to the first, until the reader touches anything; then it pauses (visibly) until
 * {@link Autoplay.resume}. Each step, by the timer or by hand, starts a full interval again.
 */
import type { Presenter } from './presenter.svelte';

export class Autoplay {
	readonly seconds: number;
	/** True once any input paused it; {@link Autoplay.resume} starts it again. */
	paused = $state(false);
	#presenter: Presenter;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#unlisten: () => void;

	/** Starts at once: the first stop stays `seconds`, then the next one shows. */
	constructor(presenter: Presenter, seconds: number) {
		this.#presenter = presenter;
		this.seconds = seconds;
		// A step from anywhere (keys, the speaker window) restarts the interval.
		this.#unlisten = presenter.listen((_, kind) => {
			if (kind === 'step') this.#schedule();
		});
		this.#schedule();
	}

	#schedule() {
		clearTimeout(this.#timer);
		if (this.paused) return;
		this.#timer = setTimeout(() => this.#advance(), this.seconds * 1000);
	}

	#advance() {
		const presenter = this.#presenter;
		// A kiosk loops: after the last stop comes the first.
		if (!presenter.next()) presenter.first();
		// A blanked screen shows the slide again when the kiosk moves on.
		presenter.setBlank(null);
		this.#schedule();
	}

	/** Stops advancing until {@link Autoplay.resume}. */
	pause(): void {
		this.paused = true;
		clearTimeout(this.#timer);
	}

	/** Advances again, a full interval from now. */
	resume(): void {
		this.paused = false;
		this.#schedule();
	}

	/** Stops for good (the page is leaving). */
	destroy(): void {
		clearTimeout(this.#timer);
		this.#unlisten();
	}
}
