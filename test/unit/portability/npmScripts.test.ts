import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { scriptProblems } from '../../support/portableScript'

const scripts = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts

describe('npm scripts', () => {
  it.each(Object.entries(scripts))('%s runs alike in cmd.exe, PowerShell (through cmd.exe), sh and zsh', (_name, line) => {
    expect(scriptProblems(line)).toEqual([])
  })
})

describe('scriptProblems', () => {
  it.each([
    'node --import tsx scripts/present.ts',
    'npm run typecheck && npm run lint && vitest run && playwright test',
    'slidev',
    'eslint .',
    'vue-tsc --noEmit',
    'node scripts/x.mjs --title "两个 词"',
    'node --import ./tools/build/warmBuilder.mjs --import tsx scripts/build.ts',
  ])('accepts %s', (line) => {
    expect(scriptProblems(line)).toEqual([])
  })

  it.each([
    ['exec node --import tsx scripts/present.ts', 'builtin'],
    ['bash scripts/ensure-system-deps.sh', 'not a program on a stock Windows'],
    ['node x.js $PORT', '$VARIABLE'],
    ['node x.js %PORT%', '%VARIABLE%'],
    ['eslint \'src/**\'', 'single quotes'],
    ['node a.js; node b.js', '`;`'],
    ['node a.js \\\n  --flag', 'continuation'],
    ['pdfinfo x.pdf 2>/dev/null', '/dev/null'],
    ['node a.js > out.txt', 'redirection'],
    ['NODE_ENV=production node a.js', 'environment assignment'],
    ['npm ci && DEBUG=1 node a.js', 'environment assignment'],
    ['rm -rf dist && node build.js', '`rm`'],
    ['node a.js && mkdir -p out', '`mkdir`'],
    ['node a.js || true', '`true`'],
    ['node `which tsx`', 'backticks'],
    ['node a.js & node b.js', 'single &'],
    ['./node_modules/.bin/vitest', './'],
    ['npm ci && ../bin/run', '../'],
    ['prettier --write src/*.ts', 'wildcard'],
    ['node ~/x.js', '~'],
  ])('rejects %s', (line, why) => {
    expect(scriptProblems(line).join('\n')).toContain(why)
  })
})
