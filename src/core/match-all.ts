// s.matchAll(re), made cheap for the regexes the quote finder runs on every sentence of a story.

/**
 * Every match of the global regex `re` in `s`, what [...s.matchAll(re)] gives, found by an exec
 * loop on `re` itself. matchAll runs a fresh copy of the regex, and V8 interprets a regex's
 * bytecode until that very object has run often enough to be compiled to native code: a copy per
 * call never is (three times slower on a story's sentences). The matches are collected before
 * this returns, so a caller may run `re` again while it reads them.
 */
export function matchesOf(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    out.push(m);
    // An empty match moves on by one character, a whole code point under the u flag (as matchAll).
    if (m[0] === '') re.lastIndex += re.unicode && (s.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
  return out;
}
