/**
 * The presenter's keyboard, shared by the audience and speaker views: → / Page Down / Space next,
 * ← / Page Up / Shift+Space back, Home / End, digits then Enter to jump, F full screen, S speaker view,
 * B or `.` black screen, W white screen (any key returns).
 * It listens in the capture phase, so these keys step the tour even when the timeline has focus.
 */
import type { Presenter } from '$lib/state/presenter.svelte';

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock', 'Fn']);

/** Optional actions of the page: full screen, the speaker window. */
export interface KeyActions {
	fullscreen?: () => void;
	speaker?: () => void;
}

/** Handles one keydown for `presenter`; keys it does not use are left alone. */
export function onPresenterKey(event: KeyboardEvent, presenter: Presenter, actions: KeyActions) {
	if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
	const target = event.target instanceof Element ? event.target : null;
	// Typing in a field, or choosing in a menu, keeps its keys.
	if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
	// On a blank screen any key returns, and does nothing else (a lone modifier is not a key press).
	if (presenter.blank) {
		if (MODIFIERS.has(event.key)) return;
		presenter.setBlank(null);
		event.preventDefault();
		event.stopPropagation();
		return;
	}
	const action = presenterAction(event.key, event.shiftKey);
	if (!action) return;
	// Space and Enter activate a focused button or link, unless a step number is being typed.
	const onControl = !!target?.closest('button, a, summary');
	if (onControl && (event.key === ' ' || (event.key === 'Enter' && !presenter.digits))) return;

	switch (action) {
		case 'next':
			presenter.next();
			break;
		case 'previous':
			presenter.previous();
			break;
		case 'first':
			presenter.first();
			break;
		case 'last':
			presenter.last();
			break;
		case 'digit':
			presenter.typeDigit(event.key);
			break;
		case 'jump':
			if (!presenter.commitDigits()) return;
			break;
		case 'erase':
			if (!presenter.digits) return;
			presenter.eraseDigit();
			break;
		case 'cancel':
			// Without typed digits, Esc is the browser's (it leaves full screen).
			if (!presenter.digits) return;
			presenter.clearDigits();
			break;
		case 'fullscreen':
			if (!actions.fullscreen) return;
			actions.fullscreen();
			break;
		case 'speaker':
			if (!actions.speaker) return;
			actions.speaker();
			break;
		case 'black':
		case 'white':
			presenter.setBlank(action);
			break;
	}
	event.preventDefault();
	event.stopPropagation();
}

/** Enters or leaves full screen (for the whole page); browsers that refuse are ignored. */
export function toggleFullscreen(): void {
	const request = document.fullscreenElement
		? document.exitFullscreen()
		: document.documentElement.requestFullscreen?.();
	request?.catch(() => {});
}

/** What a key does in the presenter (the keys presentation clickers send included). */
export type PresenterAction =
	| 'next'
	| 'previous'
	| 'first'
	| 'last'
	| 'fullscreen'
	| 'speaker'
	| 'jump'
	| 'erase'
	| 'cancel'
	| 'digit'
	| 'black'
	| 'white';

const KEY_ACTIONS: Record<string, PresenterAction> = {
	ArrowRight: 'next',
	PageDown: 'next',
	' ': 'next',
	ArrowLeft: 'previous',
	PageUp: 'previous',
	Home: 'first',
	End: 'last',
	f: 'fullscreen',
	F: 'fullscreen',
	s: 'speaker',
	S: 'speaker',
	Enter: 'jump',
	Backspace: 'erase',
	Escape: 'cancel',
	// Blank screen, as in PowerPoint and reveal.js: clickers send B or `.` for their "blank" button.
	b: 'black',
	B: 'black',
	'.': 'black',
	w: 'white',
	W: 'white'
};

/**
 * The action of a `KeyboardEvent.key`, or null for other keys. Digits give `digit` (the key is the
 * digit); Shift+Space goes back, as in slide software.
 */
export function presenterAction(key: string, shiftKey = false): PresenterAction | null {
	if (/^[0-9]$/.test(key)) return 'digit';
	if (key === ' ' && shiftKey) return 'previous';
	return KEY_ACTIONS[key] ?? null;
}
