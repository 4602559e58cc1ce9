import { fileURLToPath } from 'node:url'

/** The project's root folder, as a file-system path on any system. */
export const root = fileURLToPath(new URL('../..', import.meta.url))
