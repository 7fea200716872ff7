/**
 * Stands in for `node-fetch`, which Citation.js imports to fetch remote inputs (DOIs, URLs) and which
 * needs Node's modules; this site only hands it CSL-JSON, and browsers and Node ≥ 18 have `fetch`.
 * vite.config.ts aliases `node-fetch` to this module.
 */
const fetchShim: typeof fetch = (...args) => globalThis.fetch(...args);
export default fetchShim;
export const Headers = globalThis.Headers;
