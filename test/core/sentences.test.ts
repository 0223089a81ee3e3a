import { describe, it, expect } from 'vitest';
import { splitDateline, splitParagraphs, splitSentences, wordCount } from '../../src/core/sentences';
import { bare } from '../../src/core/quotes/lexicon';

describe('splitSentences', () => {
  it('splits plain sentences and treats line breaks as boundaries', () => {
    expect(splitSentences('The vote passed. Critics objected!\nA new paragraph starts here')).toEqual([
      'The vote passed.',
      'Critics objected!',
      'A new paragraph starts here',
    ]);
  });

  it('keeps military and political titles with the name', () => {
    expect(splitSentences('Gen. Frank McKenzie spoke. Lt. Col. Jane Roe and Sen. Bob Smith met Rep. Ann Lee. Dr. Who came.')).toEqual([
      'Gen. Frank McKenzie spoke.',
      'Lt. Col. Jane Roe and Sen. Bob Smith met Rep. Ann Lee.',
      'Dr. Who came.',
    ]);
  });

  it('keeps Mr., Mrs. and St. inside the sentence', () => {
    expect(splitSentences('Mr. Bean and Mrs. May walked down St. James Street. They left.')).toEqual([
      'Mr. Bean and Mrs. May walked down St. James Street.',
      'They left.',
    ]);
  });

  it('joins initialisms before a name but splits after one that ends a sentence', () => {
    expect(splitSentences('The U.S. Army said so. He moved to the U.K. The move was quick. U.S. forces left.')).toEqual([
      'The U.S. Army said so.',
      'He moved to the U.K.',
      'The move was quick.',
      'U.S. forces left.',
    ]);
  });

  it('keeps abbreviated months and numbers with what follows', () => {
    expect(splitSentences('Kabul fell on Aug. 15. He lives at No. 10 Downing Street. Talks begin Jan. 3 in Doha.')).toEqual([
      'Kabul fell on Aug. 15.',
      'He lives at No. 10 Downing Street.',
      'Talks begin Jan. 3 in Doha.',
    ]);
  });

  it('splits after Inc. or Corp. at a sentence end, not before a verb', () => {
    expect(splitSentences('He works at Apple Inc. The company said no. Acme Corp. said yes. Pens, paper, etc. are cheap.')).toEqual([
      'He works at Apple Inc.',
      'The company said no.',
      'Acme Corp. said yes.',
      'Pens, paper, etc. are cheap.',
    ]);
  });

  it('keeps initials together', () => {
    expect(splitSentences('J. R. R. Tolkien wrote it. George W. Bush read it.')).toEqual([
      'J. R. R. Tolkien wrote it.',
      'George W. Bush read it.',
    ]);
  });

  it('does not split decimals', () => {
    expect(splitSentences('Growth was 3.5 per cent. It fell to 2.75 later.')).toEqual(['Growth was 3.5 per cent.', 'It fell to 2.75 later.']);
  });

  it('ends sentences after closing quotes, typographic and straight', () => {
    expect(splitSentences('She said: “We will win.” Then she left. He said "go." Then he went.')).toEqual([
      'She said: “We will win.”',
      'Then she left.',
      'He said "go."',
      'Then he went.',
    ]);
  });

  it('keeps a quoted question with its attribution', () => {
    expect(splitSentences('“Why now?” she asked. Nobody answered.')).toEqual(['“Why now?” she asked.', 'Nobody answered.']);
  });

  it('keeps datelines in the first sentence', () => {
    expect(splitSentences('WASHINGTON: Former members joined IS. The report said so.')).toEqual([
      'WASHINGTON: Former members joined IS.',
      'The report said so.',
    ]);
    expect(splitSentences('NEW YORK, Jan. 5 (Reuters) - Stocks fell. Bonds rose.')).toEqual([
      'NEW YORK, Jan. 5 (Reuters) - Stocks fell.',
      'Bonds rose.',
    ]);
  });

  it('handles ellipses: joined before lower case, split before a new sentence', () => {
    expect(splitSentences('Wait... what happened? It was done … and dusted. He paused... Then he spoke.')).toEqual([
      'Wait... what happened?',
      'It was done … and dusted.',
      'He paused...',
      'Then he spoke.',
    ]);
  });

  it('works with a page language and with other scripts', () => {
    expect(splitSentences('Er sagte: „Das ist gut.“ Dann ging er.', 'de')).toEqual(['Er sagte: „Das ist gut.“', 'Dann ging er.']);
    expect(splitSentences('今日は晴れです。明日は雨です。', 'ja')).toEqual(['今日は晴れです。', '明日は雨です。']);
    expect(splitSentences('One. Two.', 'not a language tag!')).toEqual(['One.', 'Two.']);
  });
});

describe('splitParagraphs', () => {
  // Lines are segmented together, in chunks joined by line feeds; each must split as if alone.
  const endings = [
    'The vote passed. Critics objected!',
    'He works at Apple Inc.',
    'She moved to the U.S.',
    '“Why now?”',
    'WASHINGTON:',
    'No final stop here',
    'Kabul fell on Aug.',
    '今日は晴れです。明日は雨です。',
    'Wait...',
    '',
    '   ',
    'A line\nand another. Both here.\n\nThird',
  ];
  const story = Array.from({ length: 120 }, (_, i) => `${endings[i % endings.length]}${i % 7 === 0 ? ' ' + 'Long sentence goes on. '.repeat(i * 3) : ''}`);

  it('splits every paragraph as splitSentences does, one line at a time', () => {
    const got = splitParagraphs(story, 'en');
    expect(got).toHaveLength(story.length);
    story.forEach((p, i) => {
      const alone = p.split('\n').flatMap((line) => splitSentences(line, 'en'));
      expect(got[i]).toEqual(alone);
      expect(splitSentences(p, 'en')).toEqual(alone);
    });
  });

  it('splits a changed array afresh', () => {
    const paras = ['One. Two.', 'Three.'];
    expect(splitParagraphs(paras)).toEqual([['One.', 'Two.'], ['Three.']]);
    paras[1] = 'Four. Five.';
    expect(splitParagraphs(paras)).toEqual([['One.', 'Two.'], ['Four.', 'Five.']]);
    expect(splitParagraphs(paras, 'de')).toEqual([['One.', 'Two.'], ['Four.', 'Five.']]);
  });
});

describe('splitDateline', () => {
  it('strips place and agency datelines', () => {
    expect(splitDateline('WASHINGTON: Former members joined the group.')).toEqual({ dateline: 'WASHINGTON:', rest: 'Former members joined the group.' });
    expect(splitDateline('LONDON (Reuters) - Oil prices rose on Monday.').rest).toBe('Oil prices rose on Monday.');
    expect(splitDateline('(CNN)A Delaware father is in stable condition.').rest).toBe('A Delaware father is in stable condition.');
    expect(splitDateline('LOS ANGELES (AP) — To LeBron James, triple-doubles are not a goal.').rest).toBe('To LeBron James, triple-doubles are not a goal.');
  });

  it('strips a place in title case before an agency, and an outlet run into the sentence', () => {
    expect(splitDateline('Washington (CNN)This week is the anniversary of the massacre.')).toEqual({ dateline: 'Washington (CNN)', rest: 'This week is the anniversary of the massacre.' });
    expect(splitDateline('Kathmandu, Nepal (CNN)Rescuers pulled a man from the wreckage.').rest).toBe('Rescuers pulled a man from the wreckage.');
    expect(splitDateline('New Delhi, India (CNN) -- As the earth shook, tremors were felt.').rest).toBe('As the earth shook, tremors were felt.');
    expect(splitDateline('(The Hollywood Reporter)Stan Freberg, whose comic career spanned decades, has died.').rest).toBe(
      'Stan Freberg, whose comic career spanned decades, has died.',
    );
  });

  it('leaves ordinary sentences alone', () => {
    expect(splitDateline('US President Joe Biden said it.').dateline).toBe('');
    expect(splitDateline('NASA — the agency — said nothing.').dateline).toBe('');
    // A parenthesis that is not an outlet run into the text, or a name before a bracketed aside.
    expect(splitDateline('Prime Minister (and party leader) Ann Lee spoke first.').dateline).toBe('');
    expect(splitDateline('The company (Acme) said sales rose.').dateline).toBe('');
    expect(splitDateline('Sales (in dollars) rose by a third this year.').dateline).toBe('');
    expect(splitDateline('US-Streitkräfte haben im Nordatlantik einen Tanker beschlagnahmt.').dateline).toBe('');
  });
});

describe('wordCount and bare, by character code', () => {
  // The counts the regexes they replace gave, on every kind of character they decide by code.
  const byRegex = (t: string) => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const samples = [
    '',
    '   ',
    'One two  three',
    ' leading and trailing\t\n',
    '— “Quoted,” she said — 45 % of 2019.',
    'Ça coûte 12 €, dit-il ; × ÷ ± are not words',
    'non\u00a0breaking\u2009thin\u3000ideographic\u2028line\ufeffbom\u1680ogham\u202fnarrow',
    'Ελληνικά, русский, עברית, العربية, हिन्दी ١٢٣',
    'ª º µ ½ ² 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 ⅔',
    'x\u0301 \u0301 zero\u200bwidth',
  ];

  it('counts what split(/\\s+/) and a letter-or-digit test count', () => {
    for (const s of samples) expect(wordCount(s), s).toBe(byRegex(s));
    // Every code point of the Basic Multilingual Plane and a few beyond, each between spaces.
    const all: string[] = [];
    for (let cp = 0; cp < 0x10000; cp++) if (cp < 0xd800 || cp > 0xdfff) all.push(String.fromCodePoint(cp));
    for (const cp of [0x1d518, 0x1f600, 0x20000, 0x2a6d6]) all.push(String.fromCodePoint(cp));
    const noCjk = all.filter((c) => !/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/.test(c));
    expect(wordCount(noCjk.join(' '))).toBe(byRegex(noCjk.join(' ')));
    expect(wordCount(noCjk.join(''))).toBe(byRegex(noCjk.join('')));
  });

  it('bare drops the stops after a word and lower-cases it', () => {
    for (const t of ['Rowntree,', 'Sen.', 'Dr.:;', 'U.S.', 'A', '', ',;', 'Ödön.', 'KC,'])
      expect(bare(t), t).toBe(t.replace(/[.,;:]+$/, '').toLowerCase());
  });
});
