// One boundary per screen: an error while drawing a screen replaces that screen only, with a
// French explanation; the header and the navigation stay usable (before, the whole window went white).
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function ScreenError({ error, onRetry }: { error: Error; onRetry(): void }) {
  const { t } = useTranslation('ui');
  return (
    <section className="notice notice-error screen-error" role="alert" aria-labelledby="screen-error-title">
      <h1 id="screen-error-title">{t('screenError.title')}</h1>
      <p>{t('screenError.body')}</p>
      <p>{t('screenError.dataSafe')}</p>
      <details>
        <summary>{t('screenError.details')}</summary>
        <code>{error.message || error.name}</code>
      </details>
      <button type="button" className="button-secondary" onClick={onRetry}>
        {t('screenError.retry')}
      </button>
    </section>
  );
}

interface Props {
  children: ReactNode;
  /** Called once the broken screen is gone: forget what it had read, so that showing it again reads afresh. */
  onForget?(): void;
}

export class ScreenErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // For the developer console only: no content of the screen is logged, just where it broke.
    console.error('Screen error', error instanceof Error ? error.message : error, info.componentStack?.split('\n').slice(0, 4).join('\n'));
    // The data the screen was drawing may be what broke it: it is not kept for the next visit.
    setTimeout(() => this.props.onForget?.(), 0);
  }

  override render() {
    if (this.state.error) return <ScreenError error={this.state.error} onRetry={() => {
            this.props.onForget?.();
            this.setState({ error: null });
          }} />;
    return this.props.children;
  }
}
