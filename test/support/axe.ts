import type { Page } from '@playwright/test'
import type { AxeResults, Result } from 'axe-core'
import process from 'node:process'
import AxeBuilder from '@axe-core/playwright'
import { expect } from '@playwright/test'

/** WCAG 2.0 and 2.1, levels A and AA: the rules every view must pass. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** A violation a view may keep, because it comes from code we cannot change; always with the reason. */
export interface AxeExclusion {
  rule: string
  /** CSS selector of exactly the element(s) that may carry the violation. */
  selector: string
  why: string
}

export interface AxeCheck {
  /** Names the view in messages and in the list of incomplete results, e.g. "slide 3 click 1". */
  name: string
  /** Where to look; the whole page when absent. */
  include?: string
  /** Also the AAA contrast rule (7:1): the slides' own text, read through a projector. */
  enhancedContrast?: boolean
  exclusions?: readonly AxeExclusion[]
  /** Receives every incomplete result (axe could not decide); printed when absent. */
  onIncomplete?: (lines: string[]) => void
}

const BLOCKING = new Set(['serious', 'critical'])

/**
 * Rules whose "incomplete" verdict still fails: axe calls an aria-label on a plain element with
 * text in it "not well supported" rather than wrong, but screen readers ignore that label all
 * the same.
 */
const FAILS_WHEN_UNDECIDED = new Set(['aria-prohibited-attr'])

/**
 * Slidev's MenuButton (internals/MenuButton.vue, used by NavControls for the sync and the
 * "More Options" menus) wraps its IconButton, itself a <button>, in another <button>. Slidev
 * offers no way to replace NavControls or MenuButton (custom-nav-controls only adds buttons), so
 * the nesting cannot be fixed from the deck; only that outer button may carry the rule.
 */
export const SLIDEV_MENU_BUTTON: AxeExclusion = {
  rule: 'nested-interactive',
  selector: 'nav div.flex.relative > button:has(> button.slidev-icon-btn)',
  why: 'Slidev\'s MenuButton nests its IconButton in a <button>; NavControls cannot be replaced',
}

function describe(result: Result): string[] {
  return result.nodes.map(node => `${result.id} (${result.impact ?? 'no impact'}) on ${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1).join(' ').trim() ?? result.help}`)
}

/** Drops the nodes an exclusion names: the same rule on an element matching its selector. */
async function withoutExclusions(page: Page, violations: Result[], exclusions: readonly AxeExclusion[]): Promise<Result[]> {
  const kept: Result[] = []
  for (const violation of violations) {
    const selectors = exclusions.filter(e => e.rule === violation.id).map(e => e.selector)
    const nodes = []
    for (const node of violation.nodes) {
      const target = node.target.at(-1)
      const excluded = selectors.length > 0 && typeof target === 'string' && node.target.length === 1
        && await page.evaluate(([t, list]) => {
          const element = document.querySelector(t)
          return !!element && list.some(s => element.matches(s))
        }, [target, selectors] as const)
      if (!excluded)
        nodes.push(node)
    }
    if (nodes.length > 0)
      kept.push({ ...violation, nodes })
  }
  return kept
}

/**
 * Runs axe-core on the page (WCAG 2.0/2.1 A and AA, plus 7:1 contrast when asked), prints what
 * axe could not decide, and fails on every serious or critical violation not excluded by name.
 */
export async function expectNoAxeViolations(page: Page, check: AxeCheck): Promise<AxeResults> {
  // Legacy mode runs axe in the page itself; the default opens a blank page per run to merge
  // frames' results, and these views have no frames.
  let builder = new AxeBuilder({ page }).setLegacyMode(true).options({
    runOnly: { type: 'tag', values: WCAG_AA_TAGS },
    rules: check.enhancedContrast ? { 'color-contrast-enhanced': { enabled: true } } : {},
  })
  if (check.include)
    builder = builder.include(check.include)
  const results = await builder.analyze()

  const incomplete = results.incomplete.flatMap(describe).map(line => `${check.name}: incomplete: ${line}`)
  if (check.onIncomplete)
    check.onIncomplete(incomplete)
  else if (incomplete.length > 0)
    process.stdout.write(`${incomplete.join('\n')}\n`)

  const blocking = [...results.violations, ...results.incomplete.filter(r => FAILS_WHEN_UNDECIDED.has(r.id))]
    .filter(v => BLOCKING.has(v.impact ?? ''))
  const remaining = await withoutExclusions(page, blocking, check.exclusions ?? [])
  // Soft: a walk over many views reports every failing view, not only the first.
  expect.soft(remaining.flatMap(describe), `axe on ${check.name}`).toEqual([])
  return results
}
