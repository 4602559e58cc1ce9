import antfu from '@antfu/eslint-config'

/** A folder may import only what the layout in docs/architecture.md allows; these rules hold the lines. */
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
    ignores: ['dist/**', 'exports/**', 'bench/results.json', '**/*.tmp.*', 'slides.md', 'slides/**', 'lessons/**/*.md', 'test/fixtures/**/*.md', 'kit/starter/**/*.md'],
  },
  {
    // Test titles name components and functions as written: DialogueScene, buildTopologyDiagram.
    files: ['test/**/*.ts'],
    rules: { 'test/prefer-lowercase-title': 'off' },
  },
  {
    files: ['scripts/**/*.ts', 'tools/**/*.mjs'],
    rules: {
      'no-console': 'off',
      'antfu/no-top-level-await': 'off',
      'node/prefer-global/process': 'off',
    },
  },
  // A lesson (its data/) imports only the kit's building blocks and types, by the kit's name.
  restrict(['data/**/*.ts', 'lessons/**/data/**/*.ts', 'test/fixtures/**/data/**/*.ts', 'kit/starter/data/**/*.ts'], [
    { group: ['**/kit', '**/kit/*', '**/tools', '**/tools/*', '**/scripts/*', '@slidev/*', 'vue', 'slidev-addon-lesson-kit/*', '!slidev-addon-lesson-kit/lesson'], message: 'A lesson imports only slidev-addon-lesson-kit/lesson (building blocks and types).' },
  ]),
  // The kit never imports a lesson (the lesson is a parameter: kit/lesson/loadLesson.ts) nor a tool.
  restrict(['kit/**/*.ts', 'kit/**/*.vue', 'components/**/*.vue', 'setup/**/*.ts', 'styles/**/*.ts', 'global-top.vue'], [
    { group: ['**/data', '**/data/*', '**/lessons/*', '**/tools/*', '**/scripts/*', '**/test/*'], message: 'The kit takes the lesson as a parameter and imports no tool.' },
  ]),
  restrict(['kit/slides/**/*.ts', 'kit/engine/**/*.ts', 'kit/lesson/**/*.ts'], [
    { group: ['vue', '@slidev/client', '@slidev/client/*', '**/components/*', '**/composables/*', '**/setup/*'], message: 'Slide helpers, the engine and the schema are plain TypeScript: no Vue, no Slidev client.' },
    { group: ['**/data', '**/data/*', '**/tools/*'], message: 'The kit takes the lesson as a parameter and imports no tool.' },
  ]),
  restrict(['components/**/*.vue'], [
    { group: ['@slidev/client', '@slidev/client/*'], message: 'Components learn about Slidev through composables/.' },
    { group: ['**/data', '**/data/*', '**/tools/*'], message: 'Components take content as props and import no tool.' },
  ]),
  // Tools import the kit; nothing but entry points (scripts/) and tests imports a tool.
  restrict(['tools/**/*.ts', 'tools/**/*.mjs'], [
    { group: ['**/data', '**/data/*', '**/scripts/*'], message: 'Tools take the lesson through the kit\'s loader (kit/lesson/loadLesson.ts), from the entry\'s folder.' },
  ]),
)
