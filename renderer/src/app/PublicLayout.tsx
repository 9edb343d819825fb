// The frame of the screens shown before unlocking: the app's name, the browser-mode banner, one main region.
import type { ReactNode } from 'react';
import { BrowserModeBanner } from './BrowserModeBanner';

export function PublicLayout({ mode, children }: { mode: 'electron' | 'browser' | null; children: ReactNode }) {
  return (
    <div className="public-layout">
      <header className="public-header">
        <p className="brand">Concerto</p>
        {mode === 'browser' ? <BrowserModeBanner /> : null}
      </header>
      <main id="main" className="public-main">
        {children}
      </main>
    </div>
  );
}
