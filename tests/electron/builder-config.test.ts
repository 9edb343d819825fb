// electron-builder.yml: valid against electron-builder's own schema (offline), hardened fuses,
// the four targets, the native module out of the asar, migrations shipped beside it.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
// js-yaml comes with electron-builder (no types installed): only load() is used.
const yaml = require('js-yaml') as { load(text: string): unknown };
const config = yaml.load(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, any>;
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, any>;

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema validation', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(config: unknown, logger: { isEnabled: boolean; add(): void }): Promise<void>;
    };
    await expect(validateConfiguration(config, { isEnabled: false, add: () => undefined })).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, electronFuses: { runAsNode: false, typo: true } }, { isEnabled: false, add: () => undefined })).rejects.toThrow();
  });

  it('names the app', () => {
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.productName).toBe('Concerto');
    expect(config.directories.output).toBe('release');
  });

  it('hardens the Electron fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds AppImage and deb (Office), NSIS and dmg', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.linux.category).toBe('Office');
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('packages the bundles, unpacks native modules, ships the migrations and rebuilds for Electron', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.files).toEqual(expect.arrayContaining(['out/main/**/*', 'out/renderer/**/*', 'package.json']));
    expect(config.extraResources).toEqual(expect.arrayContaining([{ from: 'db/migrations', to: 'migrations' }, { from: 'resources/charter', to: 'charter' }]));
    // Every file the packaged backend reads from resources is shipped.
    for (const entry of config.extraResources as { from: string }[]) expect(fs.existsSync(entry.from), entry.from).toBe(true);
    expect(config.npmRebuild).toBe(true);
    expect(pkg.main).toBe('out/main/main.cjs');
  });

  it('never rebuilds for Electron at npm install (the tests need the Node build)', () => {
    const scripts = pkg.scripts as Record<string, string>;
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) {
      expect(scripts[hook] ?? '').not.toMatch(/install-app-deps|electron-rebuild|@electron\/rebuild|build:electron-native|build-electron-native/);
    }
  });
});
