import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import DialogueScene from '../../components/DialogueScene.vue'
import { lesson } from '../../data'
import { clickStep, requestedSteps } from './clickSteps.mock'

vi.mock('../../kit/composables/useClickSteps', () => import('./clickSteps.mock'))

const turns = lesson.dialogue.slice(4)

function visibleTurns(wrapper: ReturnType<typeof mount>) {
  return wrapper.findAll('[data-turn]').filter(li => (li.element as HTMLElement).style.display !== 'none')
}

describe('DialogueScene', () => {
  beforeEach(() => {
    clickStep.value = 0
    requestedSteps.length = 0
  })

  it('asks Slidev for one click per turn after the first', () => {
    mount(DialogueScene, { props: { speakers: lesson.speakers, turns } })
    expect(requestedSteps).toEqual([turns.length - 1])
  })

  it('shows the first turn at once and one more per click, the newest as current', async () => {
    const wrapper = mount(DialogueScene, { props: { speakers: lesson.speakers, turns } })
    for (let step = 0; step < turns.length; step++) {
      clickStep.value = step
      await nextTick()
      const shown = visibleTurns(wrapper)
      expect(shown).toHaveLength(step + 1)
      expect(shown.at(-1)!.text()).toContain(turns[step]!.text)
      expect(wrapper.findAll('[aria-current="step"]')).toHaveLength(1)
      expect(wrapper.find('[aria-current="step"]').text()).toContain(turns[step]!.text)
      // The deck's one print style for earlier items (styles/stepBack.css): all but the current.
      expect(shown.map(turn => turn.classes().includes('step-back'))).toEqual(shown.map((_, index) => index !== step))
    }
  })

  it('labels each turn with its speaker\'s name, role and local avatar, on the speaker\'s side', () => {
    clickStep.value = 99
    const wrapper = mount(DialogueScene, { props: { speakers: lesson.speakers, turns } })
    const first = wrapper.findAll('[data-turn]')[0]!
    const speaker = lesson.speakers.find(s => s.id === turns[0]!.speaker)!
    expect(first.text()).toContain(speaker.name)
    expect(first.text()).toContain(speaker.role)
    expect(first.find('img').attributes('src')).toBe(speaker.avatar)
    expect(first.find('img').attributes('alt')).toBe(speaker.name)
    expect(first.classes()).toContain(`turn--${speaker.side}`)
  })
})
