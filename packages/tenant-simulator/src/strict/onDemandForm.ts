/**
 * The one documented example of provisionOnDemand's cross-tenant answer
 * (learn.microsoft.com/graph/api/synchronization-synchronizationjob-provisionondemand) is cut off
 * after provisioningSteps, so nothing promises a statusInfo on each element. With onDemandStatusInfo off (control
 * API) the simulator leaves it out, and a client must read the outcome from the steps.
 */
export function withoutStatusInfo(objects: Record<string, unknown>[]): Record<string, unknown>[] {
  return objects.map(({ statusInfo: _statusInfo, ...rest }) => rest);
}
