// Types for DOMPurify's test data (./dompurify-expect.mjs, kept verbatim as JavaScript).
declare const entries: Array<{ title?: string; payload: string; expected: string | string[] }>;
export default entries;
