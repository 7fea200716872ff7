// Every page prerenders to a static file.
export const prerender = true;
export const trailingSlash = 'never';
