/**
 * Attendance for the class report, as log events: a device's first hello in the session, and the
 * number of phones online whenever the room's size changes. Counts only: the log holds the
 * hashed id it already keeps for answers, and the report never shows it.
 */
import type { Actor, Classroom } from './classroom'
import type { ClassEvent } from './events'

export interface AttendanceLog {
  /** A connection said hello: logs a join the first time its student id is seen. */
  hello: (actor: Actor) => void
  /** The number of student phones connected now: logged when it changed. */
  online: (students: number) => void
}

export function attendanceLog(classroom: Classroom, append: (event: ClassEvent) => Promise<void>, now: () => number, warn: (line: string) => void): AttendanceLog {
  let lastOnline: number | undefined
  const write = (event: ClassEvent): void => {
    append(event).catch((error: Error) => warn(error.message))
  }
  return {
    hello(actor) {
      const event = actor.student === undefined ? undefined : classroom.joinEvent(actor.student, now())
      if (!event)
        return
      classroom.apply(event)
      write(event)
    },
    online(students) {
      if (students === lastOnline)
        return
      lastOnline = students
      write({ t: 'online', at: now(), students })
    },
  }
}
