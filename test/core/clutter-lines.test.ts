// Lines of the site's own that held-out pages kept inside the story (issue 19): a picture's zoom
// button, a credit printed as a paragraph, report-a-mistake trailers, a newsroom's standards
// line, a live blog's pitch. Each goes as a line; the story's sentences that name an agency or a
// live blog stay whole.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse';
import { analyze } from '../../src/core/analyze';

const para = (n: number) =>
  `<p>Paragraph ${n}: the regional council approved the new flood defences on Thursday after months of debate, and work on the embankments along the river is due to begin in the spring, officials said.</p>`;

function textOf(body: string): string {
  const a = analyze(parseHtml(`<!doctype html><html><head><title>Flood defences approved</title></head><body><article><h1>Flood defences approved</h1>${body}</article></body></html>`), {});
  expect(a.status).toBe('ok');
  return a.status === 'ok' ? a.text : '';
}

describe('clutter lines inside the story', () => {
  it('drops a zoom button, a credit paragraph and an agency credit', () => {
    const text = textOf(`${para(1)}<figure><img src="a.jpg" alt=""></figure><p>Bild vergrößern</p><p>Getty Images</p>${para(2)}<p>AFP via Getty Images</p>${para(3)}<p>Click to enlarge</p>${para(4)}`);
    for (const line of ['Bild vergrößern', 'Getty Images', 'AFP via', 'Click to enlarge']) expect(text).not.toContain(line);
    for (const n of [1, 2, 3, 4]) expect(text).toContain(`Paragraph ${n}:`);
  });

  it('drops report-a-mistake trailers, a standards line and a live blog pitch', () => {
    const text = textOf(
      `${para(1)}<p>Follow our live blog for the latest updates on the storm.</p>${para(2)}${para(3)}` +
        `<p>Found a typo? Let us know at corrections@example.com.</p><p>Fehler gefunden? Jetzt melden.</p>` +
        `<p>Our Standards: The Example News Trust Principles.</p><p>Vous avez repéré une erreur ? Signalez-la.</p>`,
    );
    for (const line of ['live blog', 'typo', 'Fehler gefunden', 'Trust Principles', 'repéré']) expect(text).not.toContain(line);
    for (const n of [1, 2, 3]) expect(text).toContain(`Paragraph ${n}:`);
  });

  it('keeps story sentences that name an agency, a live blog or a mistake', () => {
    const kept = [
      '<p><span>(Reuters)</span> — The council approved the plan on Thursday after a long debate about the cost of the embankments.</p>',
      '<p>The Associated Press reports that 28 people were moved from their homes along the river before the water rose on Friday.</p>',
      '<p>Reporters followed the vote in a live blog that ran for six hours, and the council said it had found an error in the first cost estimate.</p>',
    ];
    const text = textOf(`${para(1)}${kept.join('')}${para(2)}`);
    expect(text).toContain('(Reuters) — The council approved');
    expect(text).toContain('The Associated Press reports that 28 people');
    expect(text).toContain('Reporters followed the vote in a live blog');
  });
});

describe('labels and tag lines at the story end', () => {
  it('drops a tag list printed as a line and rail labels left with nothing after them', () => {
    const text = textOf(`${para(1)}${para(2)}<p>Related Topics: Flooding, River Works</p><p>Schlagwörter: Hochwasser, Deich</p><h3>Featured Content</h3><p>JUMP TO:</p>`);
    for (const line of ['Related Topics', 'Schlagwörter', 'Featured Content', 'JUMP TO']) expect(text).not.toContain(line);
    expect(text).toContain('Paragraph 2:');
  });

  it('keeps a sentence that opens like a tag line', () => {
    const text = textOf(`${para(1)}<p>Topics: the council will discuss the budget, the embankments and the ferry at its next meeting.</p>${para(2)}`);
    expect(text).toContain('Topics: the council will discuss the budget');
  });
});

describe('cookie and consent notices inside the story', () => {
  it('drops the notice in other languages and the consent platforms’ wording', () => {
    const text = textOf(
      `${para(1)}<p>Αυτός ο ιστότοπος χρησιμοποιεί cookies για να βελτιώσει την εμπειρία των επισκεπτών. ΑΠΟΔΟΧΗ</p>${para(2)}` +
        `<p>Deze website maakt gebruik van cookies om uw ervaring te verbeteren.</p>` +
        `<p>We and our 842 partners store and/or access information on a device, such as cookies.</p>${para(3)}`,
    );
    for (const line of ['ιστότοπος', 'Deze website', '842 partners']) expect(text).not.toContain(line);
    for (const n of [1, 2, 3]) expect(text).toContain(`Paragraph ${n}:`);
  });
});

describe('hover cards inside a sentence', () => {
  const card = '<span class="card"><img src="p.jpg" alt=""><a href="/people/ann-lee">Ann Lee</a><a href="/a/1">Council backs flood plan after months of debate</a> <a href="/a/2">Lee questions cost of river embankments</a> <a href="/people/ann-lee">MORE</a></span>';
  it('takes out the box that repeats a linked name and lists the person’s stories, and keeps the sentence whole', () => {
    const text = textOf(`${para(1)}<p>The plan was opposed by Rep. <span><a href="/people/ann-lee">Ann Lee</a>${card}</span> (D-Ore.), who voted against it on Thursday evening.</p>${para(2)}${para(3)}`);
    expect(text).toContain('Rep. Ann Lee (D-Ore.), who voted against it');
    expect(text).not.toContain('Council backs flood plan');
  });
  it('keeps a sentence that names a link and goes on in links of its own', () => {
    const own = '<p>Read <a href="/a/9">the council report</a> <span><a href="/a/9">the council report</a> on embankments, <a href="/b">the budget</a>, <a href="/c">the map</a> and <a href="/d">the timetable</a></span> before the vote.</p>';
    const text = textOf(`${para(1)}${own}${para(2)}${para(3)}`);
    expect(text).toContain('the budget');
  });
});
