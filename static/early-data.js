// Starts downloading a researcher's dataset (`/?data=<URL>`) while the page's code is still loading,
// so the two overlap. Only https or same-origin URLs; the app checks the size and the contents.
(function () {
	try {
		if (location.pathname.replace(/\/$/, '') !== '') return;
		var raw = new URLSearchParams(location.search).get('data');
		if (!raw) return;
		var url = new URL(raw, location.href);
		if (url.origin !== location.origin && url.protocol !== 'https:') return;
		window.__earlyData = { href: url.href, response: fetch(url, { credentials: 'omit' }) };
		// An early failure is reported when the app asks for the response, not here.
		window.__earlyData.response.catch(function () {});
		// The code that reads the dataset (the list is written in by scripts/preload-data.js after the
		// build; the page imports the same modules), asked for once the HTML has been read: after the
		// page's own code, which it must not queue ahead of on a slow connection, and long before the
		// page's code would ask for it.
		var chunks = [];
		var base = document.currentScript.src;
		document.addEventListener('DOMContentLoaded', function () {
			for (var i = 0; i < chunks.length; i++) {
				var link = document.createElement('link');
				link.rel = 'modulepreload';
				link.href = new URL('_app/immutable/chunks/' + chunks[i] + '.js', base);
				document.head.appendChild(link);
			}
		});
	} catch {
		/* the app reports bad URLs itself */
	}
})();
