#!/usr/bin/env bash
# Builds better-sqlite3-multiple-ciphers for Electron's ABI into build/electron-native/better_sqlite3.node,
# for running the unpackaged app with `npm start`. node_modules keeps its Node build (the tests need it):
# the package is copied to a temporary folder and built there.
# Needs Internet access (Electron's headers, or a prebuilt binary). Packaging does its own rebuild (npmRebuild).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PKG="node_modules/better-sqlite3"
OUT="build/electron-native"
DIST_URL="${ELECTRON_HEADERS_URL:-https://electronjs.org/headers}"

fail() {
  echo "build:electron-native : $1" >&2
  exit 1
}

[ -f "$PKG/binding.gyp" ] || fail "$PKG est introuvable : lancez d'abord « npm install »."
[ -f node_modules/electron/package.json ] || fail "le paquet electron est introuvable : lancez d'abord « npm install »."
ELECTRON_VERSION="$(node -p "require('./node_modules/electron/package.json').version")"
SQLITE_PKG_VERSION="$(node -p "require('./$PKG/package.json').version")"
ARCH="${npm_config_arch:-$(node -p process.arch)}"

# npm_config_nodedir points node-gyp at Node's own headers (right for the Node build, wrong here):
# with it set, node-gyp would silently build for Node's ABI instead of Electron's.
unset npm_config_nodedir NPM_CONFIG_NODEDIR

HEADERS="$DIST_URL/v$ELECTRON_VERSION/node-v$ELECTRON_VERSION-headers.tar.gz"
if ! node -e "fetch(process.argv[1], { method: 'HEAD', signal: AbortSignal.timeout(10000) }).then(() => process.exit(0), () => process.exit(1))" "$HEADERS"; then
  fail "impossible de joindre $HEADERS. Construire SQLite pour Electron $ELECTRON_VERSION demande un accès Internet (en-têtes d'Electron). Rien n'a été modifié ; node_modules garde sa version pour Node (tests, mode navigateur). / Cannot reach Electron's headers: this build needs Internet access. Nothing was changed."
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
echo "Copie de better-sqlite3-multiple-ciphers $SQLITE_PKG_VERSION dans $WORK…"
cp -R "$PKG" "$WORK/better-sqlite3"
rm -rf "$WORK/better-sqlite3/build"
cd "$WORK/better-sqlite3"

# First a prebuilt binary for this Electron (published by the package), else compile from source.
PREBUILT=0
if [ -x "$ROOT/node_modules/.bin/prebuild-install" ]; then
  if "$ROOT/node_modules/.bin/prebuild-install" --runtime electron --target "$ELECTRON_VERSION" --arch "$ARCH" --verbose; then
    PREBUILT=1
  else
    echo "Pas de binaire précompilé pour Electron $ELECTRON_VERSION : compilation depuis les sources (quelques minutes)…"
  fi
fi
if [ "$PREBUILT" = 0 ]; then
  export npm_config_devdir="${npm_config_devdir:-$HOME/.electron-gyp}"
  "$ROOT/node_modules/.bin/node-gyp" rebuild --release --runtime=electron --target="$ELECTRON_VERSION" --arch="$ARCH" --dist-url="$DIST_URL" \
    || fail "la compilation pour Electron $ELECTRON_VERSION a échoué (voir ci-dessus). node_modules n'a pas été modifié."
fi

BUILT="build/Release/better_sqlite3.node"
[ -f "$BUILT" ] || fail "aucun $BUILT produit."
cd "$ROOT"
mkdir -p "$OUT"
cp "$WORK/better-sqlite3/$BUILT" "$OUT/better_sqlite3.node"
echo "$ELECTRON_VERSION" > "$OUT/electron-version.txt"
echo "SQLite pour Electron $ELECTRON_VERSION : $OUT/better_sqlite3.node (chargé par « npm start » via l'option nativeBinding)."
