/** A hook filter matching one module id exactly: the bundler then calls the hook for that id alone. */
export function exactId(id: string): RegExp {
  return new RegExp(`^${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
}
