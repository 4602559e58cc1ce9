/**
 * Serves the built deck in dist/: `tsx scripts/serve-dist.ts [--port N]`.
 * Used by the browser tests; prints the URL once it is listening.
 */
import process from 'node:process'
import { parseCommandLine, parsePortOption, UsageError } from '../tools/cli/commandLine'
import { handleStopSignals } from '../tools/process/stopSignals'
import { startStaticServer, StaticServerError } from '../tools/server/staticServer'

const stop = handleStopSignals({ message: reason => `serve-dist: ${reason}, stopping` })
try {
  const values = parseCommandLine(process.argv.slice(2), { port: { type: 'string' }, dir: { type: 'string', default: 'dist' } })
  const server = await startStaticServer(values.dir, parsePortOption(values.port, 0))
  stop.cleanup.add(() => server.close())
  console.log(`Serving ${values.dir} at ${server.url}`)
}
catch (error) {
  const known = error instanceof StaticServerError || error instanceof UsageError
  console.error(`serve-dist: ${known ? error.message : String(error)}`)
  await stop.finish(2)
}
