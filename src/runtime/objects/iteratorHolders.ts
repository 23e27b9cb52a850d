/*
 * iteratorHolders.ts
 * Native iterator types (zip, enumerate, map, filter, itertools.islice) that only hold the
 * iterators they were made from and run nothing but their __next__ on them. A generator such
 * an object holds dies with it (vm/generators.ts genLifetime): each entry lists what an
 * instance holds, in the order CPython's deallocation releases it (a tuple frees its items
 * last first).
 */

import type { PyObject, PyType, PyValue } from './object';

export const iteratorHolders = new Map<PyType, (o: PyObject) => readonly PyValue[]>();
