import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/ingest/language.js';
import { parsePlainText } from '../../src/ingest/plain-text.js';

describe('detectLanguage', () => {
  it.each([
    ['en', 'North Korean hackers have stolen $1.2 billion in virtual assets, according to South Korea’s spy agency, which said the thefts grew this year.'],
    ['fr', 'Le gouvernement a annoncé mardi une hausse des impôts de trois milliards d’euros pour financer le système des retraites.'],
    ['de', 'Die Bundesregierung hat am Dienstag eine Erhöhung der Steuern um drei Milliarden Euro angekündigt, um die Renten zu finanzieren.'],
    ['es', 'El Gobierno anunció el martes una subida de impuestos de tres mil millones de euros para financiar las pensiones del país.'],
  ])('reads %s', (lang, text) => {
    expect(detectLanguage([text])).toBe(lang);
  });

  it('falls back to English for text too short to tell', () => {
    expect(detectLanguage(['Ja.'])).toBe('en');
  });

  it('sets the language of a pasted article', () => {
    const article = parsePlainText('Hausse des impôts\n\nLe gouvernement a annoncé mardi une hausse des impôts de trois milliards d’euros pour financer les retraites.\n', 'fr.txt');
    expect(article.lang).toBe('fr');
  });
});
