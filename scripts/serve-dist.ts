/**
 * Serves the built deck in dist/: `tsx scripts/serve-dist.ts [--port N]`.
 * Used by the browser tests; prints the URL once it is listening.
 */
import process from 'node:process'
import { parseArgs } from 'node:util'
import { startStaticServer, StaticServerError } from '../lib/server/staticServer'

try {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '0' }, dir: { type: 'string', default: 'dist' } } })
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new StaticServerError(`--port must be a whole number from 0 to 65535, got "${values.port}"`)
  const server = await startStaticServer(values.dir, port)
  console.log(`Serving ${values.dir} at ${server.url}`)
  const stop = () => void server.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
catch (error) {
  const known = error instanceof StaticServerError || (error instanceof TypeError && 'code' in error)
  console.error(`serve-dist: ${known ? error.message : String(error)}`)
  process.exit(2)
}
