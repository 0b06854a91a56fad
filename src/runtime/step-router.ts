import { cachedHistory, queryMemberHistory } from '../pipeline/routing/provider-history.js';
import { createRouter, type Router } from '../pipeline/routing/router.js';
import type { ProviderSetup } from '../providers/provider-factory.js';
import type { Services } from './services.js';

/**
 * The smart workflow's router over the chains' members, measuring the step
 * runs of the routing window in this process's database. Workers route with
 * it; the API reports its current tuning. None for caller-supplied providers
 * that name no members (tests, benchmarks).
 */
export function createStepRouter(services: Services, setup: Partial<Pick<ProviderSetup, 'members' | 'breaker'>>): Router | undefined {
  const { config, db } = services;
  if (setup.members === undefined || setup.breaker === undefined) return undefined;
  const { windowMs, refreshMs } = config.generation.routing;
  return createRouter({
    members: setup.members,
    breaker: setup.breaker,
    history: cachedHistory(() => queryMemberHistory(db, new Date(Date.now() - windowMs)), refreshMs),
    generation: config.generation,
    providers: config.providers,
  });
}
