/*
 * conformance-asyncio.test.ts
 * The asyncio part of the conformance corpus (see suite.ts and README.md).
 */
import { conformanceSuite } from './suite';

await conformanceSuite('asyncio', { areas: ['asyncio'] });
