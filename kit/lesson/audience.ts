/**
 * Whom a build of the lesson is for. A module of its own, free of imports, because the build's
 * callers name the audience before any build starts: importing it from the lesson's Vite plugin
 * would load Vite and the lesson's loader on every command's path.
 */
export type LessonAudience = 'instructor' | 'public'

/** The environment variable classroom mode's public deck build sets to `public`. */
export const LESSON_AUDIENCE_ENV = 'DECK_AUDIENCE'

/** The audience `DECK_AUDIENCE` asks for; anything but `public` is the instructor's. */
export function audienceFromEnv(env: Record<string, string | undefined>): LessonAudience {
  return env[LESSON_AUDIENCE_ENV] === 'public' ? 'public' : 'instructor'
}
