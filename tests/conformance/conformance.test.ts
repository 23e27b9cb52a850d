/*
 * conformance.test.ts
 * The conformance corpus except asyncio (see suite.ts and README.md).
 */
import { conformanceSuite } from './suite';

await conformanceSuite('language, library, generators, coroutines, seeds', {
	excludeAreas: ['asyncio'],
});
