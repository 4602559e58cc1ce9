import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { barChartSvg, gridStep } from '../../../tools/classroom/report/chart'
import { buildClassReport } from '../../../tools/classroom/report/classReport'
import { compareReports } from '../../../tools/classroom/report/compare'
import { comparisonPage, reportPage } from '../../../tools/classroom/report/html'
import { reportLabels } from '../../../tools/classroom/report/labels'
import { comparisonMarkdown, reportMarkdown } from '../../../tools/classroom/report/markdown'
import { resultsCsv, resultsMarkdown, summarizeResults } from '../../../tools/classroom/results'
import { at, sessionLog, STUDENTS } from '../../support/classLog'

const options = { timeZone: 'Asia/Shanghai', idleAfterMinutes: 15 }
const report = buildClassReport(sessionLog(), { session: 'class-a' })
const comparison = compareReports(report, buildClassReport(sessionLog({ slide3Minutes: 2, startAt: at(7 * 24 * 60) }), { session: 'class-b' }))

describe('the class report in Markdown', () => {
  const markdown = reportMarkdown(report, options)

  it('shows the session, the totals, each slide against its plan and the slides off the plan', () => {
    expect(markdown).toContain('# 课堂报告：课时 2：为什么需要容器集群')
    expect(markdown).toContain('会话 class-a · 2026-12-03 09:00 – 09:42')
    // The totals as the summary lists them, one line each.
    expect(markdown).toContain([
      '- 计划 8.0 分钟，实际 25.5 分钟，超时 17.5 分钟（只计讲到的页）',
      '- 暂停 15.0 分钟（超过 15.0 分钟无任何操作的部分不计入当页）',
      '- 服务器停止 1.5 分钟（重启 1 次）',
      '- 出勤：加入设备 4 台，同时在线最多 4 台，作答设备 4 台',
    ].join('\n'))
    expect(markdown).toContain('| 3 | 集群如何应对故障 | 1.0 | 16.5 | +15.5 | +17.5 | 偏长（2 次） |')
    expect(markdown).toContain('| 4 | 小结 | 2.0 | 2.0 | 0.0 | +17.5 |  |')
    expect(markdown).toContain('- 3. 集群如何应对故障：偏长，计划 1.0，实际 16.5（+15.5）\n- 2. 单个容器的风险：偏长')
  })

  it('says time saved as saved, not as a negative overrun', () => {
    expect(reportLabels.totals('43.0', '0.4', -1.6)).toBe('计划 43.0 分钟，实际 0.4 分钟，比计划少用 1.6 分钟（只计讲到的页）')
    expect(reportLabels.totals('2.0', '2.0', 0.02)).toBe('计划 2.0 分钟，实际 2.0 分钟，与计划持平（只计讲到的页）')
    expect(reportLabels.totals('2.0', '3.5', 1.5)).toBe('计划 2.0 分钟，实际 3.5 分钟，超时 1.5 分钟（只计讲到的页）')
  })

  it('gives each asked question its counts, how many answered and the share correct', () => {
    expect(markdown).toContain('### 1. Kubernetes 哪一年开源？\n\n选择题 · 2 人作答 · 正确率 50%（1/2）')
    expect(markdown).toContain('| **2014年**（正确答案） | 1 | 50% |')
    expect(markdown).toContain('### 2. 哪种风险最难预防？\n\n投票 · 3 人作答')
    expect(markdown).toContain('| 宕机 | 2 | 67% |')
    expect(markdown).toContain('未发起：没有发起的问题')
  })

  it('compares two sessions slide by slide with the change in overrun', () => {
    const compared = comparisonMarkdown(comparison, options)
    expect(compared).toContain('- 超时：基准 +17.5 分钟，本次 +4.5 分钟，变化 −13.0 分钟（更贴近计划）')
    expect(compared).toContain('| 3 | 集群如何应对故障 | 1.0 | 16.5 | 3.5 | −13.0 |')
  })
})

describe('the class report holds no data about a single student', () => {
  it('has no student id of the log in any of its files, nor in the results', () => {
    const files = [
      reportMarkdown(report, options),
      reportPage(report, options).html,
      comparisonMarkdown(comparison, options),
      comparisonPage(comparison, options).html,
      resultsMarkdown(summarizeResults(sessionLog()), 'class-a'),
      resultsCsv(summarizeResults(sessionLog())),
    ]
    for (const id of STUDENTS) {
      for (const file of files) {
        expect(file).not.toContain(id)
        expect(file).not.toContain(id.slice(0, 12))
      }
    }
  })
})

describe('the chart', () => {
  it('draws a bar per series and slide, as long as its minutes, and none for a slide not reached', () => {
    const svg = barChartSvg([{ label: '1. 封面', values: [2, 5] }, { label: '2. 小结', values: [4, undefined] }], [{ name: '计划', color: '#888' }, { name: '实际', color: '#00f' }], { alt: '条形图', width: 600, labelWidth: 170 })
    const bars = [...svg.matchAll(/<rect x="170" y="[\d.]+" width="([\d.]+)" height="\d+" fill="[^"]+" data-series="(\d)" data-value="([\d.]+)"/g)].map(m => [m[2], m[3], Number(m[1])])
    expect(bars.map(([series, value]) => [series, value])).toEqual([['0', '2.00'], ['1', '5.00'], ['0', '4.00']])
    // The longest bar spans the plot (600 − 170 − 28 units for the values); the others in proportion.
    const widths = bars.map(bar => bar[2] as number)
    expect(widths[1]).toBeCloseTo(402, 0)
    expect(widths[0]! / widths[1]!).toBeCloseTo(0.4, 2)
    expect(widths[2]! / widths[1]!).toBeCloseTo(0.8, 2)
    expect(svg).toContain('role="img" aria-label="条形图"')
    expect(gridStep(16.5)).toBe(5)
  })

  it('is in the PDF page with its accessible name', () => {
    expect(reportPage(report, options).html).toContain('aria-label="条形图：4 页的计划与实际分钟数"')
  })
})

describe('docs/class-report.md', () => {
  it('shows the report and the comparison as the code makes them from the test log today', () => {
    const doc = readFileSync(join(import.meta.dirname, '../../../docs/class-report.md'), 'utf8')
    const first = buildClassReport(sessionLog(), { session: 'class-2026-12-03T01-00-00-000Z' })
    const later = buildClassReport(sessionLog({ slide3Minutes: 2, startAt: at(7 * 24 * 60) }), { session: 'class-2026-12-10T01-00-00-000Z' })
    expect(doc).toContain(reportMarkdown(first, options).trimEnd())
    expect(doc).toContain(comparisonMarkdown(compareReports(first, later), options).trimEnd())
  })
})
