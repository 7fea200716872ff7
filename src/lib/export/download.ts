/** Saving an export as a file the browser downloads. */

/**
 * Saves `data` as a file called `name` through an object URL and a temporary `<a download>`.
 * Strings are wrapped in a Blob of `type` (e.g. `text/csv;charset=utf-8`). The URL is revoked a
 * little later, since some browsers start reading it only after `click()` returns.
 */
export function download(name: string, data: Blob | string, type: string): void {
	const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.rel = 'noopener';
	link.style.display = 'none';
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
