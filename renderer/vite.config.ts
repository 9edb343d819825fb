// Renderer build: plain static files in out/renderer, loaded from app:// in Electron and from the
// loopback host in browser mode. Nothing is fetched from the network at build or run time.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');

export default defineConfig({
  root: here,
  // Relative asset URLs: the same build works under app://concerto/ and http://127.0.0.1:<port>/.
  base: './',
  plugins: [react()],
  build: {
    outDir: path.join(repo, 'out/renderer'),
    emptyOutDir: true,
    // No source maps: they would ship the sources beside the app for no benefit to its users.
    sourcemap: false,
    target: 'es2022',
    // The window is Chromium (Electron, or the browser on this computer): modulepreload is native there.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // zxcvbn's word lists (only for the screens that set a passphrase) each get their own chunk,
        // so that no chunk passes Vite's default size warning.
        codeSplitting: {
          groups: [{ debugName: 'zxcvbn-word-lists', name: (id: string) => /@zxcvbn-ts\/language-([a-z]+)\/dist\/([A-Za-z]+)\.json/.exec(id)?.slice(1).join('-') ?? null, test: /@zxcvbn-ts\/language-[a-z]+\/dist\/[A-Za-z]+\.json/ }],
        },
      },
    },
  },
  server: {
    host: '127.0.0.1',
    fs: {
      // The renderer shares the contract, its zod schemas, the reference data and the locale files.
      strict: true,
      allow: [here, 'contract', 'resources/locales', 'node_modules'].map((p) => path.resolve(repo, p)),
    },
  },
  preview: { host: '127.0.0.1' },
});
