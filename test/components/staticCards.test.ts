import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import LessonCover from '../../components/LessonCover.vue'
import OpeningQuestion from '../../components/OpeningQuestion.vue'
import TagList from '../../components/TagList.vue'
import { lesson } from '../../data'

describe('LessonCover', () => {
  it('shows course, lesson number and title, the title as the page heading', () => {
    const wrapper = mount(LessonCover, { props: { course: lesson.course } })
    expect(wrapper.text()).toContain(lesson.course.name)
    expect(wrapper.text()).toContain(`课时 ${lesson.course.lessonNumber}`)
    expect(wrapper.find('h1').text()).toBe(lesson.course.lessonTitle)
  })
})

describe('OpeningQuestion', () => {
  it('puts the labelled question before the scene', () => {
    const wrapper = mount(OpeningQuestion, { props: { opening: lesson.opening } })
    const text = wrapper.text()
    expect(text.indexOf(lesson.opening.label)).toBeLessThan(text.indexOf(lesson.opening.question))
    expect(text.indexOf(lesson.opening.question)).toBeLessThan(text.indexOf(lesson.opening.scene))
  })
})

describe('TagList', () => {
  it('lists each tag once, in order', () => {
    const wrapper = mount(TagList, { props: { tags: lesson.orchestration.projects } })
    expect(wrapper.findAll('li').map(li => li.text())).toEqual(['Mesos', 'Swarm', 'Kubernetes'])
  })
})
