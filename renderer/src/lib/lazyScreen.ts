// A screen loaded when it is first shown: its own chunk, after zod's set-up (the first script has
// no zod) and every namespace of the interface's language (the first script has only the unlock screen's).
import { lazy, type ComponentType } from 'react';
import { currentLanguage, loadLanguage } from '../i18n';

export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    await Promise.all([import('./zodSetup'), loadLanguage(currentLanguage())]);
    return { default: await load() };
  });
}
