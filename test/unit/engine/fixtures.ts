import type { PlaygroundSetup } from '../../../kit/engine/playground'

/** A small cluster used across the engine tests; each test overrides what it is about. */
export function testSetup(overrides: {
  seed?: number
  baseLoad?: number
  jitter?: number
  hostSlots?: readonly number[]
  replicas?: number
  maxUnavailable?: number
  maxSurge?: number
  autoscaling?: boolean
  maxReplicas?: number
} = {}): PlaygroundSetup {
  return {
    seed: overrides.seed ?? 7,
    load: { baseLoad: overrides.baseLoad ?? 40, jitter: overrides.jitter ?? 0 },
    cluster: {
      config: { replicaCapacity: 10, startupTicks: 2, terminationTicks: 2, failedRetentionTicks: 2 },
      hostSlots: overrides.hostSlots ?? [5, 5, 5],
      replicas: overrides.replicas ?? 6,
      version: 'v1',
      rollout: { maxUnavailable: overrides.maxUnavailable ?? 0, maxSurge: overrides.maxSurge ?? 1 },
      autoscaler: {
        enabled: overrides.autoscaling ?? false,
        minReplicas: 2,
        maxReplicas: overrides.maxReplicas ?? 15,
        targetUtilisation: 0.7,
        tolerance: 0.1,
        scaleDownWindowTicks: 10,
      },
    },
    single: { capacity: 50, startupTicks: 2, terminationTicks: 2, restartDelayTicks: 1 },
  }
}
