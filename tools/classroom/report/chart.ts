/**
 * A horizontal bar chart as SVG markup: one group of bars per row (a slide), one bar per series
 * (planned, actual; or planned and two sessions), each with its value at the end. Pure: the
 * report's PDF page draws it, a test reads its bars back.
 */
import { formatMinutes } from './labels'

export interface ChartSeries {
  name: string
  color: string
}

export interface ChartRow {
  label: string
  /** One value per series; undefined draws no bar (a slide not reached). */
  values: readonly (number | undefined)[]
}

export interface ChartOptions {
  /** The chart's accessible name. */
  alt: string
  /** Drawing width in the SVG's own units (the page scales it to the column). */
  width?: number
  barHeight?: number
  labelWidth?: number
  /** Longest row label, in characters, before it is cut with an ellipsis. */
  labelChars?: number
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, char => `&#${char.charCodeAt(0)};`)
}

/** A step for the grid lines: 1, 2 or 5 times a power of ten, about five lines across. */
export function gridStep(max: number): number {
  const rough = Math.max(max, 1) / 5
  const power = 10 ** Math.floor(Math.log10(rough))
  return [1, 2, 5, 10].map(f => f * power).find(step => step >= rough)!
}

function cut(text: string, chars: number): string {
  const all = [...text]
  return all.length <= chars ? text : `${all.slice(0, chars - 1).join('')}…`
}

export function barChartSvg(rows: readonly ChartRow[], series: readonly ChartSeries[], options: ChartOptions): string {
  const width = options.width ?? 600
  const bar = options.barHeight ?? 6
  const labelWidth = options.labelWidth ?? 170
  const labelChars = options.labelChars ?? 18
  const valueRoom = 28
  const rowHeight = series.length * bar + 5
  const legendHeight = 16
  const axisHeight = 14
  const top = legendHeight
  const plotWidth = width - labelWidth - valueRoom
  const max = Math.max(1, ...rows.flatMap(row => row.values.filter((v): v is number => v !== undefined)))
  const step = gridStep(max)
  const scaleMax = Math.ceil(max / step) * step
  const x = (value: number): number => labelWidth + (value / scaleMax) * plotWidth
  const height = top + rows.length * rowHeight + axisHeight
  const parts: string[] = []
  // Legend.
  let legendX = labelWidth
  for (const s of series) {
    parts.push(`<rect x="${legendX}" y="3" width="10" height="8" fill="${s.color}"/><text x="${legendX + 13}" y="10.5" class="legend">${escapeXml(s.name)}</text>`)
    legendX += 16 + [...s.name].length * 9
  }
  // Grid and axis labels.
  for (let value = 0; value <= scaleMax + 1e-9; value += step) {
    const gx = x(value).toFixed(1)
    parts.push(`<line x1="${gx}" x2="${gx}" y1="${top}" y2="${top + rows.length * rowHeight}" class="grid"/><text x="${gx}" y="${height - 3}" class="axis">${formatMinutes(value).replace(/\.0$/, '')}</text>`)
  }
  rows.forEach((row, index) => {
    const y = top + index * rowHeight
    parts.push(`<text x="${labelWidth - 4}" y="${(y + rowHeight / 2 + 3).toFixed(1)}" class="label">${escapeXml(cut(row.label, labelChars))}</text>`)
    row.values.forEach((value, i) => {
      if (value === undefined)
        return
      const by = y + 2 + i * bar
      const w = Math.max(0.5, x(value) - labelWidth)
      parts.push(`<rect x="${labelWidth}" y="${by}" width="${w.toFixed(1)}" height="${bar - 1}" fill="${series[i]!.color}" data-series="${i}" data-value="${value.toFixed(2)}"/>`
        + `<text x="${(labelWidth + w + 2).toFixed(1)}" y="${by + bar - 1.5}" class="value">${formatMinutes(value)}</text>`)
    })
  })
  const style = '<style>text{font-family:"Noto Sans SC",sans-serif;fill:#1f2328}.label{font-size:8.5px;text-anchor:end}.value{font-size:7px;fill:#424a53}.axis{font-size:7px;text-anchor:middle;fill:#57606a}.legend{font-size:8.5px}.grid{stroke:#d0d7de;stroke-width:0.5}</style>'
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(options.alt)}">${style}${parts.join('')}</svg>`
}
