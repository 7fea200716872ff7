// The home page's oEmbed answer (static JSON written at build time): the whole timeline as an embed.
import { json } from '@sveltejs/kit';
import { SITE_NAME, oembedFor } from '$lib/site/meta';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = ({ url }) => json(oembedFor(url.origin, SITE_NAME, ''));
