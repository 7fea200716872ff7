/**
 * zod without its JIT: object schemas parse without code generated through `new Function`, and zod
 * never probes whether `Function` works. The site's Content-Security-Policy forbids eval, so the
 * probe only ever raised a `securitypolicyviolation` (reported even though zod catches the error).
 * The setting must come before zod builds its first object schema: `schema.ts` imports this module
 * before anything else, so every entry point (pages, the import worker, `check:data`) gets it.
 */
import { z } from 'zod';

z.config({ jitless: true });
