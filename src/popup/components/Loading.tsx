import { t } from '../../shared/i18n';

export function Loading() {
  return (
    <main class="state loading" aria-busy="true">
      <div class="spinner" aria-hidden="true" />
      <p role="status">{t('loading')}</p>
    </main>
  );
}
