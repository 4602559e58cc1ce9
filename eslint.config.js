import antfu from '@antfu/eslint-config'

/** A folder may import only what the layout in README.md allows; these rules hold the lines. */
function restrict(files, patterns) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: patterns.map(p => ({ ...p, allowTypeImports: p.allowTypeImports ?? false })) }],
    },
  }
}

export default antfu(
  {
    vue: true,
    typescript: true,
    ignores: ['dist/**', 'exports/**', 'bench/results.json', '**/*.tmp.*', 'slides.md', 'slides/**'],
  },
  {
    // Test titles name components and functions as written: DialogueScene, buildTopologyDiagram.
    files: ['test/**/*.ts'],
    rules: { 'test/prefer-lowercase-title': 'off' },
  },
  {
    files: ['scripts/**/*.ts'],
    rules: {
      'no-console': 'off',
      'antfu/no-top-level-await': 'off',
      'node/prefer-global/process': 'off',
    },
  },
  restrict(['data/**/*.ts'], [
    { group: ['../lib/*', '../components/*', '../composables/*', '../setup/*', '@slidev/*', 'vue'], message: 'data/ holds content and its schema only.' },
  ]),
  restrict(['lib/**/*.ts'], [
    { group: ['vue', '@slidev/client', '@slidev/client/*', '../components/*', '../composables/*'], message: 'lib/ is plain TypeScript: no Vue, no Slidev client.' },
    { group: ['../data', '../data/index', '../data/*', '!../data/schema'], message: 'lib/ takes lesson content as arguments; import only types from data/schema.', allowTypeImports: true },
  ]),
  restrict(['components/**/*.vue'], [
    { group: ['@slidev/client', '@slidev/client/*'], message: 'Components learn about Slidev through composables/.' },
    { group: ['../data', '../data/*'], message: 'Components take content as props; import only types from data/.', allowTypeImports: true },
  ]),
)
