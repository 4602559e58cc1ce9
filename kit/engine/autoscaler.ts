import type { AutoscalerPolicy } from './model'

export interface AutoscalerInput {
  readonly policy: AutoscalerPolicy
  readonly desiredReplicas: number
  readonly readyReplicas: number
  readonly served: number
  readonly replicaCapacity: number
  /** Recommendations of earlier ticks, newest last. */
  readonly recommendations: readonly number[]
}

export interface AutoscalerDecision {
  readonly desiredReplicas: number
  readonly recommendations: readonly number[]
}

/**
 * Horizontal autoscaling on utilisation, modelled on Kubernetes' HPA:
 * recommend `ceil(ready × utilisation / target)`, ignore deviations within the
 * tolerance, scale up at once, and scale down only to the highest
 * recommendation of the last `scaleDownWindowTicks` ticks so that a brief dip
 * in load does not remove replicas that are needed again a moment later.
 * Without ready replicas there is no measurement, and nothing changes.
 */
export function decideReplicas(input: AutoscalerInput): AutoscalerDecision {
  const { policy } = input
  if (!policy.enabled || input.readyReplicas === 0 || input.replicaCapacity <= 0)
    return { desiredReplicas: input.desiredReplicas, recommendations: [] }

  const utilisation = input.served / (input.readyReplicas * input.replicaCapacity)
  const ratio = utilisation / policy.targetUtilisation
  const raw = Math.abs(ratio - 1) <= policy.tolerance
    ? input.desiredReplicas
    : Math.ceil(input.readyReplicas * ratio)
  const recommendation = clamp(raw, policy.minReplicas, policy.maxReplicas)
  const recommendations = [...input.recommendations, recommendation].slice(-Math.max(1, policy.scaleDownWindowTicks))

  if (recommendation >= input.desiredReplicas)
    return { desiredReplicas: recommendation, recommendations }
  const stabilised = Math.min(input.desiredReplicas, Math.max(...recommendations))
  return { desiredReplicas: clamp(stabilised, policy.minReplicas, policy.maxReplicas), recommendations }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}
