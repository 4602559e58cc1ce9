/**
 * The setup file of a classroom server started as a child process by the integration tests and
 * the bench (scripts/classroom-serve.ts), so they can `kill -9` it and start it again.
 */
import { z } from 'zod'
import { liveQuestionSchema, slideNotesSchema } from '../../kit/classroom/protocol'
import { lessonRefSchema } from './events'

const siteSchema = z.object({ dir: z.string(), build: z.string() })

export const serverSetupSchema = z.object({
  /** Loopback only: this entry exists for tests and the bench. */
  host: z.enum(['127.0.0.1', '::1']),
  port: z.int().min(0).max(65535),
  logDir: z.string(),
  resume: z.boolean(),
  questions: z.array(liveQuestionSchema),
  slides: z.array(slideNotesSchema),
  /** The lesson, for the log's start event (the class report). */
  lesson: lessonRefSchema.optional(),
  sites: z.object({ projector: siteSchema, join: siteSchema, remote: siteSchema }),
  limits: z.object({
    maxConnections: z.int().positive(),
    perAddressConnections: z.int().positive(),
    perDevice: z.int().positive(),
    classSize: z.int().positive(),
    reservedSlots: z.int().positive(),
    rate: z.object({ burst: z.number().positive(), perSecond: z.number().positive() }),
    flood: z.object({ windowMs: z.int().positive(), maxMessages: z.int().positive() }),
    heartbeatMs: z.int().positive(),
    updateMs: z.int().positive(),
    perAddressSockets: z.int().positive(),
    headersTimeoutMs: z.int().positive(),
    requestTimeoutMs: z.int().positive(),
    keepAliveTimeoutMs: z.int().positive(),
  }).partial().optional(),
})

export type ServerSetup = z.infer<typeof serverSetupSchema>

/** The line the child prints on stdout once it listens. */
export const serverReadySchema = z.object({ origin: z.string(), token: z.string(), replayedAnswers: z.int(), tornLine: z.boolean() })
export type ServerReady = z.infer<typeof serverReadySchema>
