import { describe, expect, it } from 'vitest';
import { englishIn, localized } from './localized';

const curated = {
	title: 'Putin receives Zhang Youxia',
	titleZh: '普京会见张又侠',
	summary: 'The Russian president met…',
	summaryZh: '俄罗斯总统会见…',
	notes: 'The text says in Moscow.',
	dateNote: 'The text gives the month only.',
	dateNoteZh: '原文只给出月份。'
};
const imported = { title: 'A researcher’s event', summary: 'Only English.' };

describe('localized', () => {
	it.each([
		['en', 'title', 'Putin receives Zhang Youxia', undefined],
		['zh', 'title', '普京会见张又侠', undefined],
		['en', 'summary', 'The Russian president met…', undefined],
		['zh', 'summary', '俄罗斯总统会见…', undefined],
		// No Chinese notes: English, marked as English on the Chinese page.
		['zh', 'notes', 'The text says in Moscow.', 'en'],
		['en', 'notes', 'The text says in Moscow.', undefined],
		['zh', 'dateNote', '原文只给出月份。', undefined],
		['en', 'dateNote', 'The text gives the month only.', undefined]
	] as const)('localized(curated, %s).%s is %j with lang %s', (lang, field, text, attr) => {
		expect(localized(curated, lang)[field]).toEqual({ text, lang: attr });
	});

	it('localized gives Chinese notes in Chinese and English notes in English', () => {
		const both = { notes: 'Held in Moscow.', notesZh: '在莫斯科举行。' };
		expect(localized(both, 'zh').notes).toEqual({ text: '在莫斯科举行。', lang: undefined });
		expect(localized(both, 'en').notes).toEqual({ text: 'Held in Moscow.', lang: undefined });
		expect(localized({ dateNote: 'Only English.' }, 'zh').dateNote).toEqual({
			text: 'Only English.',
			lang: 'en'
		});
	});

	it('localized falls back to English, with lang="en", for data without Chinese', () => {
		expect(localized(imported, 'zh').title).toEqual({ text: 'A researcher’s event', lang: 'en' });
		expect(localized(imported, 'en').title).toEqual({
			text: 'A researcher’s event',
			lang: undefined
		});
	});

	it('localized shows Chinese marked as Chinese when English is missing', () => {
		expect(localized({ nameZh: '谢思强' }, 'en').name).toEqual({ text: '谢思强', lang: 'zh' });
	});

	it('localized gives an empty text for a field neither language has', () => {
		expect(localized(imported, 'zh').description).toEqual({ text: '', lang: undefined });
		expect(localized({ notes: null, notesZh: null }, 'en').notes).toEqual({
			text: '',
			lang: undefined
		});
	});

	it('localized reads tours, stops and participants by the same field names', () => {
		const stop = { title: 'Autumn', titleZh: '秋季', notes: 'Zoom in.', notesZh: '放大。' };
		expect(localized(stop, 'zh').notes.text).toBe('放大。');
		expect(localized({ name: 'Zhou Yiqi', nameZh: '周亦奇' }, 'zh').name.text).toBe('周亦奇');
	});
});

describe('englishIn', () => {
	it('englishIn marks English only on a page in another language', () => {
		expect(englishIn('en')).toBeUndefined();
		expect(englishIn('zh')).toBe('en');
	});
});
