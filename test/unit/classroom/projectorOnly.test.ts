import type { DeckSlide } from '../../../kit/deck/loadDeck'
import { describe, expect, it } from 'vitest'
import { lesson } from '../../../data'
import { classroomLabels } from '../../../kit/labels'
import { publicLesson } from '../../../kit/lesson/publicLesson'
import { buildPhoneSlides } from '../../../tools/classroom/phoneSlides'
import { codeClicks } from '../../../tools/classroom/projectorOnly'

function slide(content: string): DeckSlide {
  return { no: 1, title: 'T', note: '', content: `# T\n\n${content}`, frontmatter: {} }
}

const phone = (content: string) => buildPhoneSlides([slide(content)], publicLesson(lesson), new Map())[0]!

const CODE = ['```yaml {1-2|3|all}', 'apiVersion: apps/v1  # 版本', 'kind: Deployment', 'spec: {}', '```'].join('\n')
const TABLE = ['| 选择器 | 写法 |', '| --- | :-: |', '| 等值 | `app=web` |', '| 集合 | `env in (a,b)` |'].join('\n')
const MERMAID = ['```mermaid', 'flowchart LR', '  A[Deployment] --> B[ReplicaSet（当前）]', '```'].join('\n')
const IMAGE = '![一个 Pod 的示意图](/pod.png)'

describe('blocks the phone cannot show yet', () => {
  it('say so on the phone, and no raw source reaches it', () => {
    const built = phone(['<p class="lead">开场</p>', CODE, TABLE, MERMAID, IMAGE].join('\n\n'))
    expect(built.blocks).toEqual([
      { kind: 'paragraph', tone: 'lead', text: '开场' },
      { kind: 'notice', text: classroomLabels.projectorOnly.code, clicks: 2 },
      { kind: 'notice', text: classroomLabels.projectorOnly.table, clicks: 0 },
      { kind: 'notice', text: classroomLabels.projectorOnly.diagram, clicks: 0 },
      { kind: 'notice', text: classroomLabels.projectorOnly.image, clicks: 0 },
    ])
    expect(JSON.stringify(built)).not.toMatch(/```|apiVersion|\| ---|flowchart|!\[/)
  })

  it('keep the text around them', () => {
    const built = phone(`上文\n\n${CODE}\n\n下文`)
    expect(built.blocks.map(b => b.kind === 'paragraph' ? b.text : b.kind)).toEqual(['上文', 'notice', '下文'])
  })

  it('count a code block\'s highlight steps as the projector\'s clicks', () => {
    expect(codeClicks('yaml {1-3|5|all}')).toBe(2)
    expect(codeClicks('ts {2}')).toBe(0)
    expect(codeClicks('bash')).toBe(0)
  })
})
