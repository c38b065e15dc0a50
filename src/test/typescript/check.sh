#!/bin/sh
# Type-checks a strict TypeScript client of the committed OpenAPI document: installs the pinned
# openapi-typescript, openapi-fetch and TypeScript from the npm registry, generates
# src/api.d.ts from openapi/openapi.json and compiles src/ with tsc --strict --noEmit.
# With BYLINE_URL (and BYLINE_SLUG) set, it then runs the program against that instance.
# The committed src/api.d.ts must be what the document generates (refresh: run this and commit).
set -eu
cd "$(dirname "$0")"
if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
cp src/api.d.ts /tmp/byline-api.d.ts.committed 2>/dev/null || true
npx openapi-typescript ../../../openapi/openapi.json --output src/api.d.ts
npx tsc --strict --noEmit -p .
if [ -f /tmp/byline-api.d.ts.committed ] && ! cmp -s /tmp/byline-api.d.ts.committed src/api.d.ts; then
  echo "src/test/typescript/src/api.d.ts was out of date with openapi/openapi.json: regenerated, commit it" >&2
  exit 1
fi
echo "TypeScript client: OK"
if [ -n "${BYLINE_URL:-}" ]; then
  # Against a running instance: compile to build/ and render the page (see src/run.ts).
  npx tsc -p . --noEmit false --outDir build
  node build/run.js
fi
