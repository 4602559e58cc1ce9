import type { PlaygroundState, SimEvent } from './model'
import type { PlaygroundSetup } from './playground'
import { applyEvent, createPlayground, run, startPhase } from './playground'

export interface ScenarioStep {
  /** What the audience should notice, shown on the slide. */
  readonly caption: string
  /** Applied at the start of the step, in order. */
  readonly events: readonly SimEvent[]
  /** Ticks that pass after the events, before the step is shown. */
  readonly ticks: number
}

/** A scripted story: step 0 is shown before any click, step N after N clicks. */
export interface Scenario {
  readonly setup: PlaygroundSetup
  readonly steps: readonly ScenarioStep[]
}

/** Clicks the scenario needs on its slide. */
export function scenarioClicks(scenario: Scenario): number {
  return Math.max(0, scenario.steps.length - 1)
}

/**
 * Replays the scenario from its setup to the end of step `step` (clamped to
 * the steps that exist). Pure and deterministic, so presenter, projector and
 * PDF export show the same state for the same click. Traffic figures in
 * `phase` cover only the ticks of that last step.
 */
export function stateAtStep(scenario: Scenario, step: number): PlaygroundState {
  const last = Math.min(Math.max(0, Math.floor(step)), scenario.steps.length - 1)
  let state = createPlayground(scenario.setup)
  for (let index = 0; index <= last; index++) {
    const current = scenario.steps[index]
    if (!current)
      break
    state = startPhase(current.events.reduce(applyEvent, state))
    state = run(state, current.ticks)
  }
  return state
}
