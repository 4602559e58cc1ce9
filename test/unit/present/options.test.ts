import { describe, expect, it } from 'vitest'
import { DEFAULT_PORT, parsePresentArgs, presentUrls, PresentUsageError } from '../../../tools/present/options'

describe('parsePresentArgs', () => {
  it('defaults to port 3030, no forced build', () => {
    expect(parsePresentArgs([])).toEqual({ port: DEFAULT_PORT, rebuild: false, lastGood: false, help: false })
  })

  it('takes a port (0 for any free one) and --rebuild', () => {
    expect(parsePresentArgs(['--port', '0', '--rebuild'])).toEqual({ port: 0, rebuild: true, lastGood: false, help: false })
    expect(parsePresentArgs(['--last-good']).lastGood).toBe(true)
    expect(parsePresentArgs(['--port=8080']).port).toBe(8080)
  })

  it('rejects unknown flags, stray arguments and bad ports with a one-line message', () => {
    for (const argv of [['--prot', '1'], ['slides.md'], ['--port', 'abc'], ['--port', '70000'], ['--port', '-1'], ['--port', '1.5']]) {
      expect(() => parsePresentArgs(argv), argv.join(' ')).toThrow(PresentUsageError)
      try {
        parsePresentArgs(argv)
      }
      catch (error) {
        expect((error as Error).message).not.toContain('\n')
      }
    }
  })

  it('says what a negative port is wrong about, rather than calling it another option', () => {
    expect(() => parsePresentArgs(['--port', '-1'])).toThrow('--port must be a whole number from 0 to 65535, got "-1"')
    expect(() => parsePresentArgs(['--rebuild', '--last-good'])).toThrow(PresentUsageError)
  })
})

describe('presentUrls', () => {
  it('gives the first slide for the projector and the presenter view for the instructor', () => {
    expect(presentUrls('http://127.0.0.1:3030')).toEqual({ audience: 'http://127.0.0.1:3030/1', presenter: 'http://127.0.0.1:3030/presenter/1' })
  })
})
