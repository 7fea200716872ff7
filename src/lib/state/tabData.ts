/**
 * Keeps a researcher's opened file for the tab, so that Back, a reload or a visit to another page
 * does not lose it. The file itself (a `Blob` in IndexedDB, read again on restore) is stored under
 * the tab's session id, which lives in `sessionStorage` and so belongs to one tab, survives its
 * reloads and dies with it. Entries of tabs closed more than a week ago are removed on the next save.
 * Any storage failure (private mode, quota) leaves the page working as before, without persistence.
 */

const DB_NAME = 'timeline-visualiser';
const STORE = 'tabData';
const SESSION_KEY = 'timeline-visualiser:tab';
/** Entries untouched this long (ms) belong to tabs long closed. */
const STALE_MS = 7 * 24 * 60 * 60 * 1000;

/** What is kept for a tab: the file as opened, under its name. */
export interface TabDataset {
	name: string;
	file: Blob;
	savedMs: number;
}

/** The tab's session id, made on first use. */
export function tabId(): string {
	let id = sessionStorage.getItem(SESSION_KEY);
	if (!id) {
		id = crypto.randomUUID();
		sessionStorage.setItem(SESSION_KEY, id);
	}
	return id;
}

function openDb(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DB_NAME, 1);
		request.onupgradeneeded = () => request.result.createObjectStore(STORE);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

/** Runs `work` in one transaction and resolves with its request's result once committed. */
async function inStore<T>(
	mode: IDBTransactionMode,
	work: (store: IDBObjectStore) => IDBRequest<T> | void
): Promise<T | undefined> {
	const db = await openDb();
	try {
		return await new Promise<T | undefined>((resolve, reject) => {
			const tx = db.transaction(STORE, mode);
			const request = work(tx.objectStore(STORE));
			tx.oncomplete = () => resolve(request ? request.result : undefined);
			tx.onerror = () => reject(tx.error);
			tx.onabort = () => reject(tx.error);
		});
	} finally {
		db.close();
	}
}

/** Keeps `file` as this tab's dataset (replacing any other), and forgets long-closed tabs'. */
export async function saveTabDataset(name: string, file: Blob): Promise<void> {
	const id = tabId();
	const now = Date.now();
	try {
		await inStore('readwrite', (store) => {
			store.put({ name, file, savedMs: now } satisfies TabDataset, id);
			store.openCursor().onsuccess = (event) => {
				const cursor = (event.target as IDBRequest<IDBCursorWithValue | null>).result;
				if (!cursor) return;
				if (cursor.key !== id && now - (cursor.value as TabDataset).savedMs > STALE_MS)
					cursor.delete();
				cursor.continue();
			};
		});
	} catch {
		// Without storage the data still shows; it is only not kept.
	}
}

/** This tab's kept dataset, or null. */
export async function loadTabDataset(): Promise<TabDataset | null> {
	try {
		const found = await inStore<TabDataset>('readonly', (store) => store.get(tabId()));
		return found ?? null;
	} catch {
		return null;
	}
}

/** Forgets this tab's dataset. */
export async function clearTabDataset(): Promise<void> {
	try {
		await inStore('readwrite', (store) => {
			store.delete(tabId());
		});
	} catch {
		// Nothing kept, nothing to forget.
	}
}
