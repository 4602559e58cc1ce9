/**
 * The links `npm run present -- --lan` prints: the presenter's (with the token, also as a QR code
 * for the instructor's phone) and the students' (no token), each labelled.
 */
import { renderUnicodeCompact } from 'uqr'

export interface ClassroomLinks {
  presenter: string
  join: string
  projector: string
}

export function classroomLinks(origin: string, token: string): ClassroomLinks {
  return { presenter: `${origin}/remote#token=${token}`, join: `${origin}/join`, projector: `${origin}/` }
}

/** A QR code drawn with half blocks; light modules are the terminal's text colour (dark themes). */
export function terminalQr(url: string): string {
  return renderUnicodeCompact(url, { ecc: 'L', border: 2 })
}

export function formatLinks(links: ClassroomLinks): string {
  return [
    'PRESENTER (only you; scan with your phone, or open on this laptop — secret, new at each start):',
    terminalQr(links.presenter),
    `  ${links.presenter}`,
    '',
    `STUDENTS join here (show it on the projector's join slide, or read it out):  ${links.join}`,
    `PROJECTOR (follows the presenter; open it on the laptop driving the projector):  ${links.projector}`,
  ].join('\n')
}
