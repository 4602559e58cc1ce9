import { describe, expect, it } from 'vitest'
import { DEFAULT_PORT, isClassroomMode, parsePresentArgs, presentUrls, PresentUsageError } from '../../../tools/present/options'

describe('parsePresentArgs', () => {
  it('defaults to port 3030, no forced build', () => {
    expect(parsePresentArgs([])).toEqual({ port: DEFAULT_PORT, rebuild: false, lastGood: false, entry: 'slides.md', help: false, lan: false, host: undefined, resume: false, perDevice: undefined, classSize: undefined })
  })

  it('takes a port (0 for any free one) and --rebuild', () => {
    expect(parsePresentArgs(['--port', '0', '--rebuild'])).toMatchObject({ port: 0, rebuild: true, lastGood: false, help: false })
    expect(parsePresentArgs(['--last-good']).lastGood).toBe(true)
    expect(parsePresentArgs(['--port=8080']).port).toBe(8080)
  })

  it('takes the lesson\'s entry', () => {
    expect(parsePresentArgs(['--entry', 'lessons/3/slides.md']).entry).toBe('lessons/3/slides.md')
  })

  it('rejects unknown flags, stray arguments and bad ports with a one-line message', () => {
    for (const argv of [['--prot', '1'], ['slides.md'], ['--port', 'abc'], ['--port', '70000'], ['--port', '-1'], ['--port', '1.5'], ['--entry', ' ']]) {
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

describe('parsePresentArgs: classroom mode', () => {
  it('stays local unless --lan or --host asks for the classroom', () => {
    expect(isClassroomMode(parsePresentArgs([]))).toBe(false)
    expect(isClassroomMode(parsePresentArgs(['--lan']))).toBe(true)
    expect(parsePresentArgs(['--host', '127.0.0.1', '--resume'])).toMatchObject({ host: '127.0.0.1', resume: true })
    expect(isClassroomMode(parsePresentArgs(['--host', '127.0.0.1']))).toBe(true)
  })

  it('refuses a host that is not an address, and --resume outside classroom mode', () => {
    expect(() => parsePresentArgs(['--host', 'my laptop'])).toThrow('--host must be an IP address of this computer, got "my laptop"')
    expect(() => parsePresentArgs(['--resume'])).toThrow('--resume continues a class session: use it with --lan or --host')
  })

  it('takes a class\'s limits in classroom mode only, as whole numbers', () => {
    expect(parsePresentArgs(['--lan', '--per-device', '6', '--class-size', '120'])).toMatchObject({ perDevice: 6, classSize: 120 })
    expect(() => parsePresentArgs(['--lan', '--per-device', '0'])).toThrow('--per-device must be a whole number from 1 to 1000, got "0"')
    expect(() => parsePresentArgs(['--lan', '--class-size', 'many'])).toThrow('--class-size must be a whole number from 1 to 100000, got "many"')
    expect(() => parsePresentArgs(['--per-device', '3'])).toThrow('--per-device and --class-size limit a class: use them with --lan or --host')
  })

  it('presents any lesson in classroom mode, lesson 2 when no --entry is given', () => {
    expect(parsePresentArgs(['--lan', '--entry', 'lessons/3/slides.md', '--resume'])).toMatchObject({ lan: true, entry: 'lessons/3/slides.md', resume: true })
    expect(parsePresentArgs(['--lan'])).toMatchObject({ lan: true, entry: 'slides.md' })
    expect(parsePresentArgs(['--host', '127.0.0.1', '--last-good'])).toMatchObject({ lastGood: true })
  })
})

describe('presentUrls', () => {
  it('gives the first slide for the projector and the presenter view for the instructor', () => {
    expect(presentUrls('http://127.0.0.1:3030')).toEqual({ audience: 'http://127.0.0.1:3030/1', presenter: 'http://127.0.0.1:3030/presenter/1' })
  })
})
