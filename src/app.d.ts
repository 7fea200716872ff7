// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface PageState {
			/** Set by shallow routing when the view changes; the URL carries the rest. */
			view?: string;
		}
	}
}

export {};
