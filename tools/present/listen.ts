import type { StaticServer } from '../server/staticServer'
import { checkPort, getPort } from 'get-port-please'
import { startStaticServer } from '../server/staticServer'

export interface Listening {
  server: StaticServer
  /** The port asked for, when it was busy and another one was taken instead. */
  busyPort: number | undefined
}

const HOST = '127.0.0.1'

/** Serves `root` on `port`, or, when that port is busy, on the next free one above it. */
export async function listenNearby(root: string, port: number): Promise<Listening> {
  if (port === 0 || await checkPort(port, HOST) !== false)
    return { server: await startStaticServer(root, port), busyPort: undefined }
  const free = await getPort({ port: port + 1, portRange: [port + 1, port + 100], host: HOST, random: false })
  return { server: await startStaticServer(root, free), busyPort: port }
}
