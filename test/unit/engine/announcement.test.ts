import { describe, expect, it } from 'vitest'
import { playground } from '../../../data/playground/index'
import { stepAnnouncement } from '../../../kit/engine/announcement'
import { stateAtStep } from '../../../kit/engine/scenario'

const story = playground.clusterVsSingle

describe('stepAnnouncement', () => {
  it('says the step, its caption and both sides\' availability', () => {
    const step = story.steps.findIndex(s => s.caption.includes('主机 1 宕机'))
    const text = stepAnnouncement(story, step, stateAtStep(story, step))
    expect(text).toBe(`第 ${step + 1} 步，共 ${story.steps.length} 步：${story.steps[step]!.caption}。集群可用率 100%，单容器可用率 0%。`)
  })

  it('differs from one step to the next, so each click is announced', () => {
    const texts = story.steps.map((_, step) => stepAnnouncement(story, step, stateAtStep(story, step)))
    expect(new Set(texts).size).toBe(story.steps.length)
  })
})
