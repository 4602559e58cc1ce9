/**
 * Serves the built deck in dist/: `tsx scripts/serve-dist.ts [--port N]`.
 * Used by the browser tests; prints the URL once it is listening.
 */
import process from 'node:process'
import { parseCommandLine, parsePortOption, UsageError } from '../tools/cli/commandLine'
import { startStaticServer, StaticServerError } from '../tools/server/staticServer'

try {
  const values = parseCommandLine(process.argv.slice(2), { port: { type: 'string' }, dir: { type: 'string', default: 'dist' } })
  const server = await startStaticServer(values.dir, parsePortOption(values.port, 0))
  console.log(`Serving ${values.dir} at ${server.url}`)
  const stop = () => void server.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
catch (error) {
  const known = error instanceof StaticServerError || error instanceof UsageError
  console.error(`serve-dist: ${known ? error.message : String(error)}`)
  process.exit(2)
}
