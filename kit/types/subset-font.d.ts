/** subset-font ships no types; only what this project calls is declared (see its README). */
declare module 'subset-font' {
  import type { Buffer } from 'node:buffer'

  interface SubsetOptions {
    targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2'
    keepFeatures?: string[]
    noHinting?: boolean
    noLayoutClosure?: boolean
    preserveNameIds?: number[]
    dropTables?: string[]
  }

  export default function subsetFont(font: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>
}
