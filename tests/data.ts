// The curated dataset as the browser tests see it.
import { readFileSync } from 'node:fs';

export interface RawEvent {
	id: string;
	title: string;
	type: string;
	date: string;
	sources: { source: string; quote: string; start: number; end: number; translation?: string }[];
}

export const events: RawEvent[] = JSON.parse(readFileSync('data/events.json', 'utf8')).events;
export const sources: { id: string; title: string; language: string }[] = JSON.parse(
	readFileSync('data/sources.json', 'utf8')
);
