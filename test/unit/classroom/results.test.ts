import type { LiveQuestion } from '../../../kit/classroom/protocol'
import type { ClassEvent } from '../../../tools/classroom/events'
import { describe, expect, it } from 'vitest'
import { resultsCsv, resultsMarkdown, summarizeResults } from '../../../tools/classroom/results'

const year: LiveQuestion = { id: 'year', slide: 'history', kind: 'choice', prompt: '哪一年？', options: ['2013年', '2014年', '2015年'], correct: 1 }
const risk: LiveQuestion = { id: 'risk', slide: 'risks', kind: 'poll', prompt: '哪种风险, "最难"？', options: ['宕机', '升级'] }
const never: LiveQuestion = { id: 'never', slide: 'end', kind: 'poll', prompt: '没问', options: ['a', 'b'] }
const s = (c: string): string => c.repeat(43)

const log: ClassEvent[] = [
  { t: 'questions', at: 0, questions: [year, risk, never] },
  { t: 'open', at: 1, q: 'risk' },
  { t: 'answer', at: 2, q: 'risk', s: s('a'), c: 0 },
  { t: 'close', at: 3, q: 'risk' },
  { t: 'open', at: 4, q: 'year' },
  { t: 'answer', at: 5, q: 'year', s: s('a'), c: 1 },
  { t: 'answer', at: 6, q: 'year', s: s('b'), c: 1 },
  { t: 'answer', at: 7, q: 'year', s: s('c'), c: 2 },
  { t: 'answer', at: 8, q: 'year', s: s('d'), c: 0 },
  // A duplicate in the log (never acknowledged twice by the server) counts once.
  { t: 'answer', at: 9, q: 'year', s: s('d'), c: 1 },
]

describe('summarizeResults', () => {
  it('counts answers per option and the share correct, questions in the order they were asked', () => {
    const results = summarizeResults(log)
    expect(results.map(r => [r.question.id, r.counts, r.answers, r.correctAnswers, r.asked])).toEqual([
      ['risk', [1, 0], 1, undefined, true],
      ['year', [1, 2, 1], 4, 2, true],
      ['never', [0, 0], 0, undefined, false],
    ])
  })

  it('writes Markdown an instructor can read and CSV a spreadsheet can load', () => {
    const results = summarizeResults(log)
    const markdown = resultsMarkdown(results, 'class-x')
    expect(markdown).toContain('## 2. 哪一年？\n\nChoice on slide `history` · 4 answers · correct: 2014年 · share correct: 50% (2 of 4)')
    expect(markdown).toContain('| **2014年** (correct) | 2 | 50% |')
    expect(markdown).toContain('## 3. 没问\n\nPoll on slide `end` · not asked')
    const csv = resultsCsv(results).split('\n')
    expect(csv[0]).toBe('question,kind,prompt,option_index,option,answers,is_correct,question_answers,share_correct')
    expect(csv).toContain('risk,poll,"哪种风险, ""最难""？",0,宕机,1,,1,')
    expect(csv).toContain('year,choice,哪一年？,1,2014年,2,true,4,0.500')
  })
})
