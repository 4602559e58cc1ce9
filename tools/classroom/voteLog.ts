/**
 * The class session's log: one JSON event per line, in classroom-logs/, one file per class
 * session. An append resolves only once its line is on disk (written and fsync'd), so an answer
 * acknowledged to a student survives `kill -9` and a power cut. Appends that arrive while a write
 * is under way go to disk together in the next write (one fsync for many answers).
 */
import type { FileHandle } from 'node:fs/promises'
import type { ClassEvent } from './events'
import { Buffer } from 'node:buffer'
import { mkdir, open, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { classEventSchema } from './events'

export const LOG_DIR = 'classroom-logs'
const LOG_FILE = /^class-[\dTZ-]+\.jsonl$/

export class VoteLogError extends Error {
  override name = 'VoteLogError'
}

export interface ParsedLog {
  events: ClassEvent[]
  /** Bytes up to the end of the last complete line: a torn last line starts here. */
  goodBytes: number
  /** True when the file ended in an incomplete line (a write cut short by a crash): it is dropped. */
  torn: boolean
}

/**
 * Reads a log's bytes. Only the last line may be incomplete (the process died while writing it,
 * before its fsync, so nobody was acknowledged for it); a damaged line anywhere else is an error
 * naming the line, since skipping it could lose an acknowledged answer silently.
 */
export function parseLog(bytes: Uint8Array, file: string): ParsedLog {
  const text = new TextDecoder().decode(bytes)
  const events: ClassEvent[] = []
  let start = 0
  let line = 1
  while (start < text.length) {
    const end = text.indexOf('\n', start)
    const complete = end !== -1
    const raw = text.slice(start, complete ? end : undefined)
    let parsed: ClassEvent | undefined
    // A line is valid JSON of a known event, or damaged.
    try {
      const result = classEventSchema.safeParse(JSON.parse(raw))
      parsed = result.success ? result.data : undefined
    }
    catch {
      parsed = undefined
    }
    // Every write ends in a newline, so a last line without one was cut short before its fsync:
    // nobody was acknowledged for it.
    if (!complete)
      return { events, goodBytes: new TextEncoder().encode(text.slice(0, start)).length, torn: true }
    if (!parsed && raw.trim() !== '')
      throw new VoteLogError(`${file}:${line} is not a valid log line; the log is kept as it is (fix or move the file, then start again)`)
    if (parsed)
      events.push(parsed)
    start = end + 1
    line++
  }
  return { events, goodBytes: bytes.length, torn: false }
}

interface Pending {
  line: string
  resolve: () => void
  reject: (error: Error) => void
}

export class VoteLog {
  private queue: Pending[] = []
  private writing = false
  private failure: Error | undefined

  private constructor(readonly file: string, private readonly handle: FileHandle, private size: number) {}

  /** A new log for a class session starting at `startedAt`, named by that time. */
  static async create(dir: string, startedAt: Date): Promise<VoteLog> {
    await mkdir(dir, { recursive: true })
    const file = join(dir, `class-${startedAt.toISOString().replace(/[:.]/g, '-')}.jsonl`)
    // 'wx': never append to another session's file.
    const handle = await open(file, 'wx')
    // The new file's name must survive a power cut too, not only its lines.
    const folder = await open(dir, 'r')
    await folder.sync().finally(() => folder.close())
    return new VoteLog(file, handle, 0)
  }

  /** The latest class session's log, its events, and the log opened to continue it. */
  static async resume(dir: string): Promise<{ log: VoteLog, events: ClassEvent[], torn: boolean }> {
    const file = await latestLog(dir)
    const bytes = await readFile(file)
    const parsed = parseLog(bytes, file)
    const handle = await open(file, 'r+')
    if (parsed.torn) {
      // Cut the torn line off so the next append starts on a line of its own.
      await handle.truncate(parsed.goodBytes)
      await handle.datasync()
    }
    return { log: new VoteLog(file, handle, parsed.goodBytes), events: parsed.events, torn: parsed.torn }
  }

  /** Resolves once the event is on disk; rejects if it could not be written (then it is not in the log). */
  append(event: ClassEvent): Promise<void> {
    if (this.failure)
      return Promise.reject(this.failure)
    return new Promise((resolve, reject) => {
      this.queue.push({ line: `${JSON.stringify(event)}\n`, resolve, reject })
      if (!this.writing)
        void this.drain()
    })
  }

  private async drain(): Promise<void> {
    this.writing = true
    while (this.queue.length > 0 && !this.failure) {
      const batch = this.queue
      this.queue = []
      const bytes = Buffer.from(batch.map(p => p.line).join(''))
      try {
        await this.handle.write(bytes, 0, bytes.length, this.size)
        await this.handle.datasync()
        this.size += bytes.length
        for (const pending of batch)
          pending.resolve()
      }
      catch (error) {
        const reason = new VoteLogError(`cannot write ${this.file}: ${(error as Error).message}`)
        for (const pending of batch)
          pending.reject(reason)
        // A partial write would leave a torn line in the middle of the log: cut it off, or stop logging.
        try {
          await this.handle.truncate(this.size)
        }
        catch {
          this.failure = reason
        }
      }
    }
    if (this.failure) {
      for (const pending of this.queue.splice(0))
        pending.reject(this.failure)
    }
    this.writing = false
  }

  /** Waits for pending appends, then closes the file. */
  async close(): Promise<void> {
    while (this.writing)
      await new Promise(resolve => setTimeout(resolve, 5))
    await this.handle.close()
  }
}

/** The path of the latest class session's log in `dir` (file names sort by start time). */
export async function latestLog(dir: string): Promise<string> {
  let names: string[]
  try {
    names = await readdir(dir)
  }
  catch {
    throw new VoteLogError(`no class session to resume: ${dir}/ does not exist`)
  }
  const latest = names.filter(name => LOG_FILE.test(name)).sort().at(-1)
  if (latest === undefined)
    throw new VoteLogError(`no class session to resume: no class-*.jsonl log in ${dir}/`)
  return join(dir, latest)
}
