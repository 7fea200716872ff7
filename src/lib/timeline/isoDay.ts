/** Machine dates: a UTC instant as `YYYY-MM-DD` (ISO 8601), for URLs and exports. No library needed. */
export function formatIsoDay(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}
