export type { SimEvent } from '../engine/model'
/**
 * What a lesson may import from the kit: the schema's building blocks, `defineLesson`, and the
 * types of what its data describes (the playground's stories are typed with the engine's events).
 */
export type { PlaygroundSetup } from '../engine/playground'
export type { Scenario, ScenarioStep } from '../engine/scenario'
export * from './schema'
export { blocks, presenterOnly } from './sections'
export type { SectionInput, Step } from './sections'
export { defineLesson } from './validateLesson'
