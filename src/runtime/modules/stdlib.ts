/*
 * stdlib.ts
 * Registers every native standard-library module by importing it (each module file calls
 * registerModule or registerPythonModule at load time).
 */

import './sys';
import './time';
import './itertools';
import './math';
import './operator';
import './json';
import './bisect';
import './internals';
import './abc';
import './collections';
import './functools';
import './contextlib';
import './heapq';
import './random';
import './asyncio/index';
import './typesInspect';
import './warnings';
import './smallModules';
import './dataclasses';
import './enum';
import './typing';
import './datetime';
import './socket';
import './statistics';
import './re';
import './fractions';
import './decimal';
import './unicodedata';
import './pprint';
import './threading';
import './concurrentFutures';
import './logging';
import './future';
import './atexit';
import './traceback';
import './timeit';
