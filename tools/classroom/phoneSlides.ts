import type { AttributeNode, DirectiveNode, ElementNode, TemplateChildNode } from '@vue/compiler-core'
import type { PhoneBlock, PhoneSlide } from '../../kit/classroom/slideModel.ts'
import type { DeckSlide } from '../../kit/deck/loadDeck.ts'
import type { PublicLesson } from '../../kit/lesson/publicLesson.ts'
import type { ComponentProps, DiagramSvgs } from './phoneBlocks.ts'
import { camelize } from '@vue/shared'
import { parse } from 'vue/compiler-sfc'
import { classroomLabels } from '../../kit/labels.ts'
import { findById } from '../../kit/slides/findById.ts'
import { phoneBlockMakers } from './phoneBlocks.ts'
import { markProjectorOnly, PROJECTOR_ONLY_TAG } from './projectorOnly.ts'

// Vue's template AST node and prop types (@vue/compiler-core's NodeTypes, a const enum).
const ELEMENT = 1
const TEXT = 2
const INTERPOLATION = 5
const ATTRIBUTE = 6
const DIRECTIVE = 7

type Scope = Record<string, unknown>

/**
 * Evaluates an expression of slides.md (a bound prop, `{{ … }}`, a v-for list) with the
 * globals setup/main.ts gives the deck: `$lesson` and `$topology(id)`. The expressions are the
 * project's own source, evaluated at build time only.
 */
function evaluate(expression: string, scope: Scope): unknown {
  const names = Object.keys(scope)
  // eslint-disable-next-line no-new-func -- slides.md's own expressions, evaluated in the build.
  const run = new Function(...names, `return (${expression})`) as (...values: unknown[]) => unknown
  return run(...names.map(name => scope[name]))
}

function textOf(node: TemplateChildNode, scope: Scope): string {
  if (node.type === TEXT)
    return node.content
  if (node.type === INTERPOLATION)
    return String(evaluate((node.content as { content: string }).content, scope))
  if (node.type === ELEMENT)
    return node.children.map(child => textOf(child, scope)).join('')
  return ''
}

function propsOf(element: ElementNode, scope: Scope): ComponentProps {
  const props: ComponentProps = {}
  for (const prop of element.props as (AttributeNode | DirectiveNode)[]) {
    if (prop.type === ATTRIBUTE)
      props[camelize(prop.name)] = prop.value?.content ?? true
    else if (prop.type === DIRECTIVE && prop.name === 'bind' && prop.arg && 'content' in prop.arg && prop.exp && 'content' in prop.exp)
      props[camelize(prop.arg.content)] = evaluate(prop.exp.content, scope)
  }
  return props
}

function paragraph(element: ElementNode, scope: Scope): PhoneBlock {
  const classes = element.props.find((p): p is AttributeNode => p.type === ATTRIBUTE && p.name === 'class')?.value?.content ?? ''
  return { kind: 'paragraph', tone: classes.split(/\s+/).includes('kicker') ? 'kicker' : 'lead', text: textOf(element, scope).trim() }
}

/** The element once per item of its v-for (with the loop variable in scope), or once. */
function expandFor(element: ElementNode, scope: Scope): Scope[] {
  const loop = element.props.find((p): p is DirectiveNode => p.type === DIRECTIVE && p.name === 'for')
  const source = loop?.exp && 'content' in loop.exp ? loop.exp.content : undefined
  if (!source)
    return [scope]
  const match = /^\s*(\w+) (?:in|of) (\S.*)$/s.exec(source)
  if (!match)
    throw new Error(`v-for="${source}" is not of the form "item in list"`)
  return (evaluate(match[2]!, scope) as unknown[]).map(item => ({ ...scope, [match[1]!]: item }))
}

/** A block of the projector's the phone cannot show yet: a notice saying so, with its clicks. */
function projectorOnly(element: ElementNode): PhoneBlock {
  const attribute = (name: string) => element.props.find((p): p is AttributeNode => p.type === ATTRIBUTE && p.name === name)?.value?.content ?? ''
  const kind = attribute('kind') as keyof typeof classroomLabels.projectorOnly
  return { kind: 'notice', text: classroomLabels.projectorOnly[kind], clicks: Number(attribute('clicks')) }
}

function blocksOf(node: TemplateChildNode, scope: Scope, svgs: DiagramSvgs): PhoneBlock[] {
  if (node.type === TEXT) {
    // Markdown text between tags: the slide's heading is its title, shown apart.
    const text = node.content.replace(/^#+ .*$/gm, '').trim()
    return text ? [{ kind: 'paragraph', tone: 'lead', text }] : []
  }
  if (node.type !== ELEMENT)
    return []
  if (node.tag === PROJECTOR_ONLY_TAG)
    return [projectorOnly(node)]
  return expandFor(node, scope).flatMap((itemScope) => {
    if (/^[A-Z]/.test(node.tag)) {
      const make = phoneBlockMakers[node.tag]
      if (!make)
        throw new Error(`<${node.tag}> has no phone view: add it to tools/classroom/phoneBlocks.ts`)
      return make(propsOf(node, itemScope), svgs)
    }
    return [paragraph(node, itemScope)]
  })
}

/**
 * The phone's model of every slide: slides.md's component tags with their bound props evaluated
 * against the public lesson, exactly as the deck's templates see them. Reading slides.md (rather
 * than pairing plan entries with lesson sections by hand) keeps one source for what each slide
 * shows: a slide moved, split or re-composed there is what phones get at the next build.
 */
export function buildPhoneSlides(deck: readonly DeckSlide[], lesson: PublicLesson, svgs: DiagramSvgs): PhoneSlide[] {
  const scope: Scope = {
    $lesson: lesson,
    $topology: (id: string) => findById(lesson.topologies ?? [], id, 'topology'),
  }
  return deck.map((slide) => {
    try {
      const markdown = markProjectorOnly(slide.content.replace(/^# .*\n/, ''))
      const { descriptor, errors } = parse(`<template>\n${markdown}\n</template>`)
      if (errors.length > 0 || !descriptor.template?.ast)
        throw new Error(String(errors[0] ?? 'no template'))
      const blocks = descriptor.template.ast.children.flatMap(node => blocksOf(node, scope, svgs))
      return { no: slide.no, title: slide.title, blocks }
    }
    catch (error) {
      throw new Error(`slide ${slide.no} (${slide.title}): ${error instanceof Error ? error.message : String(error)}`)
    }
  })
}
