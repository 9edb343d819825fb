// Entry point of the renderer.
import { QueryCache, MutationCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { isAppError, isUnauthenticated } from './api/errors';
import { App } from './app/App';
import { i18n } from './i18n';
import { emitSessionLost } from './lib/sessionEvents';
import './styles.css';

const queryClient = new QueryClient({
  // Any call refused for lack of a session (auto-lock in the backend, lock elsewhere) brings the unlock screen.
  queryCache: new QueryCache({ onError: (error) => isUnauthenticated(error) && emitSessionLost() }),
  mutationCache: new MutationCache({ onError: (error) => isUnauthenticated(error) && emitSessionLost() }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // Retrying a refused call changes nothing; only a lost connection to the backend is worth one more try.
      retry: (count, error) => count < 1 && (!isAppError(error) || error.code === 'BACKEND_UNREACHABLE'),
      refetchOnWindowFocus: false,
    },
    mutations: { retry: false },
  },
});

// In Electron, system sleep or screen lock locks the backend; show the unlock screen at once.
window.concerto?.onLocked?.(emitSessionLost);

const root = document.getElementById('root');
if (!root) throw new Error('#root missing in index.html');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </I18nextProvider>
  </StrictMode>,
);
