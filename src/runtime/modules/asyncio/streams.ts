/*
 * streams.ts (placeholder, replaced below)
 */
import type { PyModule } from '../../objects/function';
export function installStreams(_m: PyModule, _all: string[]): void {}
