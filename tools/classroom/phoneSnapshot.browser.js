// Runs inside the public deck's page (injected by phoneSnapshots.ts; plain JS so that no
// transpiler helper leaks into the page). Takes a slide as it is on screen at the current click
// and turns it into markup a phone can show without Slidev, Vue or Mermaid: what is hidden at
// this click is left out, controls that need the deck's scripts are dropped, tables get a
// phone's layout, diagrams the width at which their labels stay legible (scrolling sideways when
// wider than the screen), and the style rules that reach the slide are kept.
(() => {
  /** Elements a snapshot cannot bring to life: they need the deck's scripts. */
  const DROPPED = 'script, noscript, template, iframe, object, embed, button, input, select, textarea'
  /** Pseudo-elements a selector may end in: querySelector cannot match them, their element can. */
  const PSEUDO_ELEMENT = /::?(?:before|after|marker|placeholder|selection|first-line|first-letter)\b/g

  /** Style rules that reached any snapshot, by their text (with the conditions around them). */
  const kept = new Map()
  /** Custom properties the deck sets on :root, which the slides' rules read. */
  const rootProperties = new Map()

  const slideElement = no => document.querySelector(`.slidev-page-${no}`)

  const isHidden = (el) => {
    if (el.classList.contains('slidev-vclick-hidden'))
      return true
    const style = getComputedStyle(el)
    return style.display === 'none' || style.visibility === 'hidden'
  }

  const visitRules = (rules, scope, conditions) => {
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule) {
        const selector = rule.selectorText
        if (/(?:^|,)\s*(?::root|html)\s*(?:,|$)/.test(selector)) {
          for (const property of rule.style) {
            if (property.startsWith('--'))
              rootProperties.set(property, rule.style.getPropertyValue(property))
          }
          continue
        }
        const key = conditions.join('{') + rule.cssText
        if (kept.has(key))
          continue
        let matches = false
        try {
          const bare = selector.replace(PSEUDO_ELEMENT, '') || '*'
          matches = scope.matches(bare) || scope.querySelector(bare) !== null
        }
        catch {
          matches = false
        }
        if (matches)
          kept.set(key, conditions.reduceRight((inner, condition) => `${condition}{${inner}}`, rule.cssText))
      }
      else if (rule.cssRules && !(rule instanceof CSSKeyframesRule)) {
        const condition = rule.cssText.slice(0, rule.cssText.indexOf('{')).trim()
        if (condition.startsWith('@media') && /\bprint\b/.test(condition))
          continue
        visitRules(rule.cssRules, scope, [...conditions, condition])
      }
    }
  }

  const roundSvgNumbers = (svg) => {
    for (const el of [svg, ...svg.querySelectorAll('*')]) {
      for (const attribute of [...el.attributes]) {
        if (/\d\.\d{2,}/.test(attribute.value))
          el.setAttribute(attribute.name, attribute.value.replace(/-?\d+\.\d{2,}/g, n => String(Math.round(Number(n) * 10) / 10)))
      }
    }
  }

  /**
   * A Markdown table is read on a phone a row at a time, each cell under its column's heading
   * (phoneSlide.css lays it out): scrolled sideways instead, its last columns would sit off the
   * screen where nobody sees them. A component's table (it has a class) has its own narrow layout.
   */
  const stackOnPhone = (table) => {
    const headings = [...(table.tHead?.rows[0]?.cells ?? [])].map(cell => cell.textContent.trim())
    if (table.hasAttribute('class') || headings.length < 2)
      return false
    table.setAttribute('data-phone-stack', '')
    for (const body of table.tBodies) {
      for (const row of body.rows) {
        // The first cell names the row, as the card's title.
        for (const cell of [...row.cells].slice(1)) {
          if (headings[cell.cellIndex])
            cell.setAttribute('data-label', headings[cell.cellIndex])
        }
      }
    }
    return true
  }

  /** The size in CSS px at which the text of `el`, inside an SVG, is drawn: its font size in the drawing's units, times their scale. */
  const drawnPx = (el) => {
    const graphic = el.closest('foreignObject') ?? el.closest('text') ?? el
    const scale = typeof graphic.getScreenCTM === 'function' ? (graphic.getScreenCTM()?.a ?? 1) : 1
    return Number.parseFloat(getComputedStyle(el).fontSize) * scale
  }

  /** The smallest label of a drawing as it is drawn now, in CSS px (Infinity: it has none). */
  const smallestLabelPx = (svg) => {
    let smallest = Infinity
    const walker = document.createTreeWalker(svg, NodeFilter.SHOW_TEXT)
    while (walker.nextNode()) {
      const parent = walker.currentNode.parentElement
      if (parent && walker.currentNode.textContent.trim() && parent.getClientRects().length > 0)
        smallest = Math.min(smallest, drawnPx(parent))
    }
    return smallest
  }

  /**
   * A diagram drawn as wide as a phone's screen shrinks its labels far under what a phone can
   * show: it keeps the width at which its smallest label is `minPx` (its labels scale with its
   * width), and scrolls sideways when that is wider than the screen. Marked on the drawing itself,
   * Mermaid's shadow root included, so the copy carries it.
   */
  const markLegibleWidths = (slide, hosts, minPx) => {
    const drawings = [...slide.querySelectorAll('svg'), ...hosts.flatMap(host => [...host.shadowRoot.querySelectorAll('svg')])]
      .filter(svg => !svg.parentElement?.closest('svg'))
    const marked = []
    for (const svg of drawings) {
      const smallest = smallestLabelPx(svg)
      const width = svg.getBoundingClientRect().width
      if (smallest === Infinity || width === 0)
        continue
      svg.setAttribute('data-phone-legible-width', String(Math.ceil(width * minPx / smallest)))
      marked.push(svg)
    }
    return marked
  }

  window.phoneSnapshot = {
    /** Whether slide `no` has finished drawing: fonts, images and diagrams. */
    ready(no) {
      const slide = slideElement(no)
      if (!slide || slide.querySelector('.slidev-slide-loading, [data-status="pending"]'))
        return false
      if (document.querySelector('#mermaid-rendering-container > div'))
        return false
      if ([...slide.querySelectorAll('img')].some(img => !img.complete))
        return false
      // Slidev's own Mermaid draws into a shadow root once Mermaid has loaded.
      if ([...slide.querySelectorAll('.mermaid')].some(el => !el.shadowRoot?.innerHTML))
        return false
      return document.fonts.status === 'loaded'
    },

    /** Slide `no` as it is now: its markup and the images it shows; no text, diagram labels included, under `minPx` on a phone. */
    take(no, minPx) {
      const slide = slideElement(no)
      const all = [...slide.querySelectorAll('*')].filter(el => !el.closest('svg') || el.tagName.toLowerCase() === 'svg')
      const hidden = all.filter(isHidden)
      for (const el of hidden)
        el.setAttribute('data-phone-hidden', '')
      // A diagram's own <style> travels inside its SVG.
      for (const sheet of document.styleSheets) {
        if (!sheet.ownerNode?.closest?.('svg'))
          visitRules(sheet.cssRules, slide, [])
      }
      // A shadow root (Slidev's Mermaid draws in one) is not cloned: its markup goes in as children.
      const hosts = all.filter(el => el.shadowRoot)
      hosts.forEach((el, index) => el.setAttribute('data-phone-shadow', String(index)))
      const drawings = markLegibleWidths(slide, hosts, minPx)
      const copy = slide.cloneNode(true)
      for (const el of hidden)
        el.removeAttribute('data-phone-hidden')
      for (const el of copy.querySelectorAll('[data-phone-shadow]')) {
        el.innerHTML = hosts[Number(el.getAttribute('data-phone-shadow'))].shadowRoot.innerHTML
        el.removeAttribute('data-phone-shadow')
      }
      hosts.forEach(el => el.removeAttribute('data-phone-shadow'))
      drawings.forEach(svg => svg.removeAttribute('data-phone-legible-width'))

      for (const el of copy.querySelectorAll(`[data-phone-hidden], ${DROPPED}`))
        el.remove()
      const comments = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT)
      const found = []
      while (comments.nextNode())
        found.push(comments.currentNode)
      for (const comment of found)
        comment.remove()
      for (const el of copy.querySelectorAll('*')) {
        for (const attribute of [...el.attributes]) {
          // Slidev passes the frontmatter to the layout as attributes: "[object Object]" is noise.
          if (/^on/i.test(attribute.name) || attribute.name === 'tabindex' || attribute.value === '[object Object]')
            el.removeAttribute(attribute.name)
        }
      }
      for (const svg of copy.querySelectorAll('svg'))
        roundSvgNumbers(svg)
      for (const svg of copy.querySelectorAll('svg[data-phone-legible-width]')) {
        // At least this wide (min-width wins over the max-width that fits it to the screen).
        svg.style.minWidth = `${svg.getAttribute('data-phone-legible-width')}px`
        svg.removeAttribute('data-phone-legible-width')
        const wrapper = document.createElement('div')
        wrapper.className = 'phone-scroll phone-diagram'
        // Reachable with the keyboard, so that it can be scrolled without a touch screen too.
        wrapper.setAttribute('tabindex', '0')
        svg.replaceWith(wrapper)
        wrapper.append(svg)
      }
      for (const table of copy.querySelectorAll('table')) {
        if (stackOnPhone(table))
          continue
        const wrapper = document.createElement('div')
        wrapper.className = 'phone-scroll'
        wrapper.setAttribute('tabindex', '0')
        table.replaceWith(wrapper)
        wrapper.append(table)
      }
      const images = []
      for (const img of copy.querySelectorAll('img')) {
        const src = new URL(img.getAttribute('src') ?? '', location.href)
        const path = src.protocol === 'data:' ? src.href : src.pathname
        img.setAttribute('src', path)
        img.removeAttribute('srcset')
        images.push({ src: path, alt: img.getAttribute('alt') ?? '' })
      }
      return { markup: copy.innerHTML.trim(), images }
    },

    /** The rules that reached any snapshot so far, with the deck's custom properties on the phone's slide. */
    styles() {
      const rules = [...kept.values()].join('\n')
      // Only the custom properties the kept rules read, and those they read in turn.
      const used = new Set()
      const read = text => [...text.matchAll(/var\(\s*(--[\w-]+)/g)].map(m => m[1]).filter(name => !used.has(name))
      for (let next = read(rules); next.length > 0;) {
        next.forEach(name => used.add(name))
        next = next.flatMap(name => read(rootProperties.get(name) ?? ''))
      }
      const properties = [...rootProperties].filter(([name]) => used.has(name)).map(([name, value]) => `${name}:${value}`).join(';')
      return `.phone-slide{${properties}}\n${rules}`
    },
  }

  /**
   * In a page holding one phone slide (.phone-slide) at a phone's width: what a phone cannot
   * show, as "what: why" lines. Text under 16 px, anything wider than the screen that does not
   * sit in something scrolling sideways, and a table cell whose text runs out of it.
   */
  window.phoneLayoutProblems = (minPx) => {
    const main = document.querySelector('.phone-slide')
    const right = main.getBoundingClientRect().right + 1
    const problems = []
    const name = el => `<${el.tagName.toLowerCase()}${el.classList.length > 0 ? ` class="${[...el.classList].filter(c => !c.startsWith('slidev-v')).join(' ')}"` : ''}>`
    const scrolls = (el) => {
      for (let at = el.parentElement; at && at !== main; at = at.parentElement) {
        if (['auto', 'scroll'].includes(getComputedStyle(at).overflowX))
          return true
      }
      return false
    }
    for (const el of main.querySelectorAll('*')) {
      if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg')
        continue
      if (el.getBoundingClientRect().right > right && !scrolls(el)) {
        problems.push(`${name(el)} is ${Math.round(el.getBoundingClientRect().width)} px wide, wider than a phone, and does not scroll sideways`)
        break
      }
    }
    // A cell's text that runs out of it is drawn over the next cell: nothing scrolls it into view.
    for (const cell of main.querySelectorAll('th, td')) {
      if (cell.scrollWidth > cell.clientWidth + 1) {
        problems.push(`${name(cell)} "${cell.textContent.trim().slice(0, 20)}" runs past its cell, over the next one`)
        break
      }
    }
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT)
    while (walker.nextNode()) {
      const node = walker.currentNode
      const parent = node.parentElement
      if (!parent || !node.textContent.trim() || parent.getClientRects().length === 0)
        continue
      // A diagram's label as drawn, with half a pixel for the rounding of the diagram's width.
      const inDrawing = parent.closest('svg') !== null
      const size = inDrawing ? Math.round(drawnPx(parent) * 10) / 10 : Number.parseFloat(getComputedStyle(parent).fontSize)
      if (size + (inDrawing ? 0.5 : 0) < minPx) {
        problems.push(`"${node.textContent.trim().slice(0, 30)}" in ${inDrawing ? 'a diagram\'s ' : ''}${name(parent)} is ${size} px, under ${minPx} px`)
        break
      }
    }
    return problems
  }
})()
