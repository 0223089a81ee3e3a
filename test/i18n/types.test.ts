// The wrapper's types: keys and placeholders come from en/messages.json, so mistakes are compile
// errors (`npm test` runs tsc over the tests too; each @ts-expect-error fails it if it compiles).
import { expect, it } from 'vitest';
import { plural, t } from '../../src/shared/i18n';

it('rejects unknown keys, missing or unknown placeholders, and plural forms used directly', () => {
  const checks = () => {
    // @ts-expect-error a typo in a key
    t('copy_buton');
    // @ts-expect-error a message with a placeholder needs its value
    t('restored_status');
    // @ts-expect-error a placeholder the message does not have
    t('restored_status', { reason: 'x', extra: 1 });
    // @ts-expect-error a message without placeholders takes none
    t('copy_button', { count: 1 });
    // @ts-expect-error plural forms go through plural(), which picks the form
    t('removed_count_one', { count: 1 });
    // @ts-expect-error plural() needs the count
    plural('removed_count', {});
    // @ts-expect-error plural() takes the base of a plural group only
    plural('copy_button', { count: 1 });
  };
  expect(typeof checks).toBe('function');
  expect(t('restored_status', { reason: 'Sidebar' })).toBe('Sidebar is back in the story.');
  expect(plural('removed_count', { count: 2 })).toBe('2 blocks removed');
});
