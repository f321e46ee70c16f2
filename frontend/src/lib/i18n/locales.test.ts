import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import itResources from './locales/it.json';

type Tree = { [key: string]: string | Tree };

/** feature.area.phrase → text */
function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null) {
      flatten(value, path).forEach((v, k) => entries.set(k, v));
    } else {
      entries.set(path, value);
    }
  }
  return entries;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const locales = { en: flatten(en as Tree), it: flatten(itResources as Tree) };

describe('translations', () => {
  it('have the same keys in English and Italian', () => {
    const enKeys = [...locales.en.keys()].sort();
    const itKeys = [...locales.it.keys()].sort();
    expect(
      enKeys.filter((key) => !locales.it.has(key)),
      'missing in it.json',
    ).toEqual([]);
    expect(
      itKeys.filter((key) => !locales.en.has(key)),
      'missing in en.json',
    ).toEqual([]);
  });

  it.each(Object.entries(locales))('has a non-empty text for every key in %s', (_language, entries) => {
    const empty = [...entries].filter(([, value]) => typeof value !== 'string' || value.trim() === '');
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  it('uses keys of the form feature.area.phrase', () => {
    const malformed = [...locales.en.keys()].filter((key) => !/^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z0-9]*){2}$/.test(key));
    expect(malformed).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const mismatched = [...locales.en].filter(
      ([key, value]) => placeholders(String(value)).join() !== placeholders(String(locales.it.get(key) ?? '')).join(),
    );
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });
});
