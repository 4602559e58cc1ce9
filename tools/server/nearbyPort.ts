import { checkPort, getPort } from 'get-port-please'

/** How far above a busy port to look for a free one. */
const RANGE = 100

export interface NearbyPort {
  port: number
  /** What to tell the user when the asked port was busy and another was taken; undefined when it was free. */
  note: string | undefined
}

/**
 * The one "busy port, try the next": `port` on `host` when it is free (0 stays 0, any free port),
 * else the first free port above it, for `present` and classroom mode alike.
 */
export async function nearbyPort(port: number, host: string): Promise<NearbyPort> {
  if (port === 0 || await checkPort(port, host) !== false)
    return { port, note: undefined }
  const free = await getPort({ port: port + 1, portRange: [port + 1, port + RANGE], host, random: false })
  return { port: free, note: `Port ${port} is busy; using ${free} instead.` }
}
