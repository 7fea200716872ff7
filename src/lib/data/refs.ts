/** Citations: local document quotes versus URLs. No dependencies, so pages can import it freely. */
import type { SourceRef, UrlRef } from './schema';

/** True for a citation of a local document (as opposed to a URL). */
export function isSourceRef(ref: SourceRef | UrlRef): ref is SourceRef {
	return 'source' in ref;
}
