import { join } from 'node:path'

/**
 * Where classroom mode's public site is built: the notes-free deck for the projector at `/`
 * and `/N`, the student app at `join/`, the presenter remote at `remote/` (their files under
 * `classroom-assets/`). Everything in it may be fetched by anyone in the room. Git-ignored.
 */
export function publicSiteDir(root: string): string {
  return join(root, 'dist-public')
}

/** The classroom apps' assets folder inside the public site (the deck's are under `assets/`). */
export const CLASSROOM_ASSETS_DIR = 'classroom-assets'
