/**
 * The export's checks on a lesson's images, in Slidev's print view: every image needs alt text
 * (what a screen reader says, and what the tagged PDF carries), and one heavier than the budget
 * is named in a warning (it slows every load of the deck and of the PDFs).
 */

/** An image's bytes above which the export warns. */
export const IMAGE_BUDGET_BYTES = 300 * 1024

export interface SlideImage {
  slide: number
  src: string
  alt: string | null
  bytes: number
}

/** An image in the print view, by the id of the state it is in (tools/export/printStates.ts). */
export type PrintedImage = Omit<SlideImage, 'slide'> & { state: string }

/** Evaluated in the print view: each slide's images at each of its clicks, their alt text and transferred size. */
export function findPrintImages(): PrintedImage[] {
  const sizes = new Map(performance.getEntriesByType('resource').map(entry => [entry.name, (entry as PerformanceResourceTiming).decodedBodySize]))
  return [...document.querySelectorAll('.print-slide-container')].flatMap(container =>
    [...container.querySelectorAll('img')].map(img => ({ state: container.id, src: img.getAttribute('src') ?? '', alt: img.getAttribute('alt'), bytes: sizes.get(img.currentSrc) ?? 0 })))
}

/** The error for images without alt text, naming each slide and file, or nothing. */
export function missingAltText(images: readonly SlideImage[], titles: readonly string[]): string | undefined {
  const missing = images.filter(image => image.alt === null || image.alt.trim() === '')
  if (missing.length === 0)
    return undefined
  return `images without alt text:\n${missing.map(i => `  slide ${i.slide} (${titles[i.slide - 1] ?? ''}): ${i.src}`).join('\n')}\nWrite what the image shows: ![一个 Pod 里有两个容器](/pod.png)`
}

/** One warning line per image above the budget. */
export function heavyImages(images: readonly SlideImage[], budget = IMAGE_BUDGET_BYTES): string[] {
  return images.filter(image => image.bytes > budget)
    .map(image => `slide ${image.slide}: ${image.src} is ${Math.round(image.bytes / 1024)} KB, above the ${Math.round(budget / 1024)} KB budget for an image; shrink it for a 980-px slide`)
}
