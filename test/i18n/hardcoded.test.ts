// No words on the screen without a message lookup. The popup's components and the reader view
// are read with the TypeScript parser: JSX text, words in JSX expressions, the attributes a person
// reads or hears (title, aria-label, alt, placeholder…), textContent and its kin, setAttribute,
// and the helpers that put text in the reader (el(), button(), append()); in the popup and the
// reader, any string that reads as a sentence too (a table of labels). Only t()/plural() pass,
// and the English a Failure carries for the CLI (message, advice, detail).
import { describe, expect, it } from 'vitest';
import { findHardcoded, sourceFiles } from './scan';

const SCANNED = ['src/popup', 'src/reader', 'src/content', 'src/shared'];
const PROSE = ['src/popup', 'src/reader'];

describe.each(SCANNED.flatMap(sourceFiles))('%s', (path) => {
  it('shows no hard-coded words', () => {
    const prose = PROSE.some((dir) => path.startsWith(`${dir}/`)) && !path.endsWith('styles.ts');
    expect(findHardcoded(path, undefined, { prose })).toEqual([]);
  });
});

describe('the scan catches', () => {
  const scan = (code: string, path = 'x.tsx') => findHardcoded(path, code, { prose: true }).map((h) => `${h.rule}: ${h.text}`);

  it('JSX text and words in JSX expressions', () => {
    expect(scan(`const a = <button>Copy</button>;`)).toEqual(['JSX text: Copy']);
    expect(scan(`const a = <button>{open ? 'Close' : t('reader_open_button')}</button>;`)).toEqual(['JSX child: Close']);
    expect(scan(`const a = <p>{done && 'Done'}{\`\${n} blocks\`}</p>;`)).toEqual(['JSX child: Done', 'JSX child: … blocks']);
  });

  it('attributes a person reads or hears, but not classes or types', () => {
    expect(scan(`const a = <b title="Copy it" class="Big Box" type="button" aria-label={'Close'} />;`)).toEqual(['attribute title: Copy it', 'attribute aria-label: Close']);
  });

  it('textContent, setAttribute and the reader’s text helpers', () => {
    expect(scan(`node.textContent = 'Restored'; b.setAttribute('aria-label', \`Bring back \${name}\`); el(doc, 'p', 'x', 'Hi');`, 'x.ts')).toEqual([
      '.textContent =: Restored',
      'setAttribute aria-label: Bring back …',
      'el() text: Hi',
    ]);
  });

  it('tables of sentences, but not a Failure’s English, errors or class names', () => {
    expect(scan(`const L = { a: 'Headed rail', b: 'x y' }; const f = { status: 'internal', message: 'Lede failed.' }; throw new Error('Bad thing.');`, 'x.ts')).toEqual(['prose literal: Headed rail']);
  });

  it('nothing that goes through the messages', () => {
    expect(scan(`const a = <button title={t('copy_button_title')}>{t('copy_button')}</button>; node.textContent = plural('removed_count', { count: 2 });`)).toEqual([]);
  });
});
