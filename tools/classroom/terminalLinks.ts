/**
 * The links `npm run present -- --lan` prints: the presenter's (with the token, also as a QR code
 * for the instructor's phone) and the students' (no token), each labelled.
 */
import { encode } from 'uqr'

export interface ClassroomLinks {
  presenter: string
  join: string
  projector: string
}

export function classroomLinks(origin: string, token: string): ClassroomLinks {
  return { presenter: `${origin}/remote#token=${token}`, join: `${origin}/join`, projector: `${origin}/` }
}

const DARK_FG = 30
const LIGHT_FG = 97
/** Background codes are foreground codes + 10. */
const BACKGROUND = 10

/**
 * A QR code for the terminal: each character is two modules, the upper half (▀) in the
 * foreground colour and the lower in the background colour, both set explicitly to black or
 * white, so it scans on light and dark terminal themes alike.
 */
export function terminalQr(url: string): string {
  const { data } = encode(url, { ecc: 'L', border: 2 })
  const lines: string[] = []
  for (let row = 0; row < data.length; row += 2) {
    const cells = data[row]!.map((top, col) => {
      const bottom = data[row + 1]?.[col] ?? false
      return `\x1B[${top ? DARK_FG : LIGHT_FG};${(bottom ? DARK_FG : LIGHT_FG) + BACKGROUND}m▀`
    })
    lines.push(`${cells.join('')}\x1B[0m`)
  }
  return lines.join('\n')
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
