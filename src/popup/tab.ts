/** `?tab=123` → 123; anything else → undefined. The popup reads the tab it is asked about from
 *  its address when it runs in a tab of its own (tests, a pinned popup). */
export function tabFromSearch(search: string): number | undefined {
  const value = new URLSearchParams(search).get('tab');
  return value !== null && /^\d{1,10}$/.test(value) ? Number(value) : undefined;
}
