import { describe, it, expect } from 'vitest';
import { parseHtml } from '../../src/cli/parse';
import { cleanByline, headerByline, takeBylineLine } from '../../src/core/isolate/byline';
import { Removals } from '../../src/core/isolate/removals';

const page = (meta: string) => parseHtml(`<html><body><article><h1>Headline of the story</h1>${meta}<p>The story starts here and goes on for a while.</p></article></body></html>`);

describe('cleanByline: labels in uncased scripts', () => {
  it('"بقلم:" (Arabic) and "تحریر:" (Urdu) before a name without capitals', () => {
    expect(cleanByline('بقلم: رنا الخطيب · 2 أكتوبر 2024')).toBe('رنا الخطيب');
    expect(cleanByline('تحریر: عائشہ ملک')).toBe('عائشہ ملک');
  });
  it('a full-width slash ends the name like " | "', () => {
    expect(cleanByline('ライトハウス国際特許事務所 ／ 2016.12.01')).toBe('ライトハウス国際特許事務所');
  });
  it('a label glued to the name by a colon ("Von:<br>Name" read as text)', () => {
    expect(cleanByline('Von:Moritz Keller')).toBe('Moritz Keller');
    expect(cleanByline('By:Jane Doe')).toBe('Jane Doe');
    expect(cleanByline('Vonnegut Kurt')).toBe('Vonnegut Kurt'); // a name that starts like a label
  });
  it('"By" still needs a name after it', () => {
    expect(cleanByline('By Jane Doe | 3 June 2024')).toBe('Jane Doe');
  });
});

describe('headerByline', () => {
  it('a "بقلم:" line under the headline', () => {
    expect(headerByline(page('<div class="meta">بقلم: <a href="/a">رنا الخطيب</a> · <time>2 أكتوبر 2024</time></div>'))).toBe('رنا الخطيب');
  });
  it('a bare author-name element under the headline (autor, reporter)', () => {
    expect(headerByline(page('<div class="artykul__meta"><span class="autor">Marta Wiśniewska</span> <time>03.06.2024, 07:15</time></div>'))).toBe('Marta Wiśniewska');
    expect(headerByline(page('<div class="meta"><span class="reporter">عائشہ ملک</span> · <span class="date">14 اپریل 2024</span></div>'))).toBe('عائشہ ملک');
  });
  it('a "Von:" label with the name on the next line', () => {
    expect(headerByline(page('<aside class="meta"><p class="authors">Von:<br><i><a href="/autor/mk">Moritz Keller</a></i></p></aside>'))).toBe('Moritz Keller');
  });
  it('not an author bio or an unrelated class', () => {
    expect(headerByline(page('<div class="meta"><span class="autor-bio">Marta pisze o mieście od 2010 roku.</span></div>'))).toBeUndefined();
    expect(headerByline(page('<div class="meta"><span class="date">03.06.2024</span></div>'))).toBeUndefined();
  });
});

describe('takeBylineLine: a "By …" line among the first blocks', () => {
  const story = (lines: string[]) => {
    const doc = parseHtml(`<html><body><div id="c">${lines.map((l) => `<p>${l}</p>`).join('')}</div></body></html>`);
    return doc.getElementById('c') as Element;
  };
  it('takes a line of names out and returns them', () => {
    const c = story(['By Jane Doe and Ana de la Cruz | Staff reporters', 'The council met on Monday to vote on the budget.']);
    const removals = new Removals();
    expect(takeBylineLine(c, removals)).toBe('Jane Doe and Ana de la Cruz');
    expect(c.textContent).not.toContain('Jane Doe');
  });
  it('leaves a sentence that happens to start with "By" in the story', () => {
    const line = 'By Tuesday the phrase had been printed on T-shirts sold by at least two shops.';
    const c = story(['The council met on Monday to vote on the budget.', line]);
    expect(takeBylineLine(c, new Removals())).toBeUndefined();
    expect(c.textContent).toContain(line);
  });
});
