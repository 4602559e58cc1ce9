import type { DiagramMemo } from '../../kit/slides/diagramMemo'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import MermaidDiagram from '../../components/MermaidDiagram.vue'
import { DIAGRAM_ID_PLACEHOLDER, DIAGRAM_MEMO_GLOBAL, diagramKey } from '../../kit/slides/diagramMemo'
import { mermaidConfig } from '../../kit/slides/mermaidConfig'

const mermaid = vi.hoisted(() => ({
  initialize: vi.fn(),
  parse: vi.fn(async () => ({ diagramType: 'flowchart-v2' })),
  // As Mermaid does, the element's id in the SVG's own references.
  render: vi.fn(async (id: string) => ({ svg: `<svg id="${id}"><marker id="${id}_end"></marker><path marker-end="url(#${id}_end)"></path><text>drawn</text></svg>` })),
}))
vi.mock('../../kit/composables/loadMermaid', () => ({ loadMermaid: async () => mermaid }))

const code = 'flowchart LR\n  A[用户] --> B[容器]'
const globals = globalThis as Record<string, unknown>

function useMemo(known: Record<string, string>): DiagramMemo {
  const memo: DiagramMemo = { known, drawn: {} }
  globals[DIAGRAM_MEMO_GLOBAL] = memo
  return memo
}

async function drawn(text = code) {
  const wrapper = mount(MermaidDiagram, { props: { code: text, label: '用户访问容器' } })
  await flushPromises()
  expect(wrapper.find('figure').attributes('data-status')).toBe('rendered')
  return wrapper.find('svg')
}

describe('MermaidDiagram in an export\'s print view, with the diagrams the last export drew', () => {
  beforeEach(() => {
    vi.clearAllMocks()
    Object.defineProperty(document, 'fonts', { configurable: true, value: { load: vi.fn(async () => []), ready: Promise.resolve() } })
  })
  afterEach(() => {
    delete globals[DIAGRAM_MEMO_GLOBAL]
  })

  it('shows a diagram of the same text and settings as it was drawn, under its own id, without loading Mermaid', async () => {
    const kept = `<svg id="${DIAGRAM_ID_PLACEHOLDER}"><marker id="${DIAGRAM_ID_PLACEHOLDER}_end"></marker><path marker-end="url(#${DIAGRAM_ID_PLACEHOLDER}_end)"></path><text>kept</text></svg>`
    const memo = useMemo({ [diagramKey(mermaidConfig, code)]: kept })
    const svg = await drawn()
    expect(mermaid.render).not.toHaveBeenCalled()
    expect(svg.text()).toContain('kept')
    const id = svg.attributes('id')!
    expect(id).toMatch(/^deck-diagram-\d+$/)
    expect(svg.find('path').attributes('marker-end')).toBe(`url(#${id}_end)`)
    expect(memo.drawn).toEqual(memo.known)
  })

  it('draws a diagram whose text or settings changed, and notes it for the next export without its id', async () => {
    const memo = useMemo({ [diagramKey(mermaidConfig, `${code}\n  B --> C`)]: '<svg><text>old</text></svg>', [diagramKey({ ...mermaidConfig, theme: 'dark' }, code)]: '<svg><text>dark</text></svg>' })
    const svg = await drawn()
    expect(mermaid.render).toHaveBeenCalledTimes(1)
    expect(svg.text()).toContain('drawn')
    const id = svg.attributes('id')!
    expect(memo.drawn).toEqual({ [diagramKey(mermaidConfig, code)]: `<svg id="${DIAGRAM_ID_PLACEHOLDER}"><marker id="${DIAGRAM_ID_PLACEHOLDER}_end"></marker><path marker-end="url(#${DIAGRAM_ID_PLACEHOLDER}_end)"></path><text>drawn</text></svg>` })
    expect(Object.values(memo.drawn).join('')).not.toContain(id)
  })

  it('keeps nothing of a diagram that failed, so the next export shows the error again', async () => {
    const memo = useMemo({})
    mermaid.parse.mockRejectedValueOnce(new Error('Parse error on line 2'))
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const wrapper = mount(MermaidDiagram, { props: { code, label: '用户访问容器' } })
    await flushPromises()
    expect(wrapper.find('figure').attributes('data-status')).toBe('error')
    expect(memo.drawn).toEqual({})
  })

  it('draws every diagram outside an export (presenting, the classroom), keeping nothing', async () => {
    const svg = await drawn()
    expect(mermaid.render).toHaveBeenCalledTimes(1)
    expect(svg.text()).toContain('drawn')
    expect(globals[DIAGRAM_MEMO_GLOBAL]).toBeUndefined()
  })
})
