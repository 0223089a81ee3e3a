// Sanitized article HTML → Markdown for `lede extract --format md`. The input comes from the
// core's sanitizer, so only its allowlisted elements can appear here.
import { isElement, normSpace, tagOf, TEXT_NODE } from '../core/dom';
import { parseHtml } from './parse';

export function htmlToMarkdown(html: string): string {
  const body = parseHtml(`<!doctype html><html><body>${html}</body></html>`).body;
  const out: string[] = [];
  blocks(body, out, '');
  return out.join('\n\n').replace(/\n{3,}/g, '\n\n').trim();
}

function blocks(node: Element, out: string[], indent: string): void {
  let inline = '';
  const flush = () => {
    const t = normSpace(inline);
    if (t) out.push(indent + t);
    inline = '';
  };
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (!isElement(c)) {
      if (c.nodeType === TEXT_NODE) inline += escapeMd((c as Text).data);
      continue;
    }
    const tag = tagOf(c);
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) {
      flush();
      out.push(`${indent}${'#'.repeat(Math.min(6, Number(heading[1]) + 1))} ${inlineOf(c)}`);
    } else if (tag === 'p' || tag === 'figcaption' || tag === 'summary' || tag === 'address') {
      flush();
      const t = inlineOf(c);
      if (t) out.push(indent + (tag === 'figcaption' ? `*${t}*` : t));
    } else if (tag === 'ul' || tag === 'ol') {
      flush();
      let n = Number(c.getAttribute('start') ?? 1);
      const items = Array.from(c.children).filter((li) => tagOf(li) === 'li');
      out.push(items.map((li) => `${indent}${tag === 'ol' ? `${n++}.` : '-'} ${inlineOf(li)}`).join('\n'));
    } else if (tag === 'blockquote') {
      flush();
      const inner: string[] = [];
      blocks(c, inner, '');
      if (inner.length) out.push(inner.map((b) => b.split('\n').map((l) => `${indent}> ${l}`).join('\n')).join(`\n${indent}>\n`));
    } else if (tag === 'pre') {
      flush();
      out.push('```\n' + (c.textContent ?? '') + '\n```');
    } else if (tag === 'hr') {
      flush();
      out.push('---');
    } else if (tag === 'table') {
      flush();
      const rows = Array.from(c.querySelectorAll('tr')).map((tr) => Array.from(tr.children).map((td) => inlineOf(td).replace(/\|/g, '\\|')));
      if (rows.length) {
        const width = Math.max(...rows.map((r) => r.length));
        const line = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => r[i] ?? '').join(' | ')} |`;
        out.push([line(rows[0]), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n'));
      }
    } else if (['div', 'section', 'article', 'header', 'aside', 'figure', 'details', 'picture', 'dl', 'dd', 'dt', 'li'].includes(tag)) {
      flush();
      blocks(c, out, indent);
    } else {
      inline += inlineOf(c);
    }
  }
  flush();
}

function inlineOf(el: Element): string {
  let s = '';
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === TEXT_NODE) {
      s += escapeMd((c as Text).data);
      continue;
    }
    if (!isElement(c)) continue;
    const tag = tagOf(c);
    const inner = inlineOf(c);
    if (tag === 'a') s += c.getAttribute('href') ? `[${inner}](${c.getAttribute('href')})` : inner;
    else if (tag === 'img') s += `![${escapeMd(c.getAttribute('alt') ?? '')}](${c.getAttribute('src')})`;
    else if (tag === 'strong' || tag === 'b') s += inner.trim() ? `**${inner}**` : inner;
    else if (tag === 'em' || tag === 'i') s += inner.trim() ? `*${inner}*` : inner;
    else if (tag === 'code') s += `\`${c.textContent ?? ''}\``;
    else if (tag === 'br') s += '  \n';
    else s += inner;
  }
  return normSpace(s.replace(/ {2}\n/g, '\u0000')).replace(/\u0000/g, '  \n');
}

function escapeMd(s: string): string {
  return s.replace(/([\\`*_[\]])/g, '\\$1');
}
