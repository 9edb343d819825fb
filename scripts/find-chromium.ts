// Where is a Chromium for the end-to-end tests? CHROMIUM_PATH, then Debian's, then Playwright's own.
import fs from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_HELP =
  'Aucun Chromium trouvé pour les tests de bout en bout. Installez-en un (Debian/Ubuntu : sudo apt-get install -y chromium), ' +
  'ou indiquez son chemin dans CHROMIUM_PATH, ou installez celui de Playwright (npx playwright install chromium). / ' +
  'No Chromium found for the end-to-end tests: install one (sudo apt-get install -y chromium), set CHROMIUM_PATH, or run npx playwright install chromium.';

export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright's own browser is not installed: fine, it is only the last resort.
  }
  return candidates.find((candidate): candidate is string => Boolean(candidate) && fs.existsSync(candidate!)) ?? null;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
