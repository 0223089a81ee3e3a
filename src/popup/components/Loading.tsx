export function Loading() {
  return (
    <main class="state loading" aria-busy="true">
      <div class="spinner" aria-hidden="true" />
      <p role="status">Reading the page…</p>
    </main>
  );
}
