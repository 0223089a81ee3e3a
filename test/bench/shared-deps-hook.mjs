// Module resolution hook for `npm run bench`. The bench imports the harness's own text walk
// (../shared/bench/lib/linkedom.mjs → lib/text.mjs) so that Readability's text is made exactly
// as the harness makes it. ../shared is read-only here and has no node_modules, so its bare
// imports cannot resolve from where they sit: `linkedom` is taken from this project instead
// (same package the harness pins), and `jsdom`, which text.mjs imports only for htmlToText (a
// function the bench never calls), is replaced by a stub that throws if it is ever used.
// Registered by bench.ts with module.register(); the data passed is the project root URL and
// the shared bench folder URL.
let projectUrl;
let sharedUrl;

export async function initialize(data) {
  projectUrl = data.projectUrl;
  sharedUrl = data.sharedUrl;
}

const JSDOM_STUB =
  'data:text/javascript,' +
  encodeURIComponent(
    'export class JSDOM { constructor() { throw new Error("jsdom is not available to npm run bench"); } ' +
      'static fragment() { throw new Error("jsdom is not available to npm run bench"); } }',
  );

export async function resolve(specifier, context, nextResolve) {
  const fromShared = context.parentURL?.startsWith(sharedUrl);
  const bare = !/^(\.|\/|[a-z]+:)/i.test(specifier);
  if (!fromShared || !bare) return nextResolve(specifier, context);
  try {
    return await nextResolve(specifier, context);
  } catch (err) {
    if (err?.code !== 'ERR_MODULE_NOT_FOUND') throw err;
    if (specifier === 'jsdom') return { url: JSDOM_STUB, shortCircuit: true };
    return nextResolve(specifier, { ...context, parentURL: new URL('package.json', projectUrl).href });
  }
}
