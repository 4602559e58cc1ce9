import jsQR from 'jsqr'
import { describe, expect, it } from 'vitest'
import { classroomLinks, formatLinks, terminalQr } from '../../../tools/classroom/terminalLinks'

const CELL = new RegExp(`${String.fromCharCode(27)}\\[(\\d+);(\\d+)m▀`, 'g')

/** Reads the terminal QR code back into pixels (4 per module) and decodes it as a phone would. */
function scan(qr: string): string | undefined {
  const rows: boolean[][] = []
  for (const line of qr.split('\n')) {
    const top: boolean[] = []
    const bottom: boolean[] = []
    for (const [, fg, bg] of line.matchAll(CELL)) {
      top.push(fg === '30')
      bottom.push(bg === '40')
    }
    rows.push(top, bottom)
  }
  const scale = 4
  const size = rows[0]!.length * scale
  const height = rows.length * scale
  const pixels = new Uint8ClampedArray(size * height * 4)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < size; x++) {
      const value = rows[Math.floor(y / scale)]![Math.floor(x / scale)] ? 0 : 255
      pixels.set([value, value, value, 255], (y * size + x) * 4)
    }
  }
  // Dark on light only: many phone cameras do not read an inverted code.
  return jsQR(pixels, size, height, { inversionAttempts: 'dontInvert' })?.data
}

describe('terminal links', () => {
  const links = classroomLinks('http://192.168.1.20:3030', 'T'.repeat(43))

  it('labels the presenter link (with the token) and the students\' link (without)', () => {
    expect(links).toEqual({ presenter: `http://192.168.1.20:3030/remote#token=${'T'.repeat(43)}`, join: 'http://192.168.1.20:3030/join', projector: 'http://192.168.1.20:3030/' })
    const text = formatLinks(links)
    expect(text).toMatch(/^PRESENTER .*\n/)
    expect(text).toContain(`STUDENTS join here (show it on the projector's join slide, or read it out):  http://192.168.1.20:3030/join\n`)
  })

  it('draws a QR code that scans to the presenter link', () => {
    expect(scan(terminalQr(links.presenter))).toBe(links.presenter)
  })
})
