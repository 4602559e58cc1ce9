/**
 * An address cut into the pieces after which it may wrap: after each `/`, and before each `.`,
 * `?`, `&`, `#` and `=` (as typographers break addresses, so the mark starts the next line and
 * reads as a continuation). Without them a long address wraps wherever the line ends, mid-word.
 */
export function urlBreakParts(url: string): string[] {
  return url.split(/(?<=\/)(?!\/)|(?=[.?&#=])/).filter(part => part.length > 0)
}
