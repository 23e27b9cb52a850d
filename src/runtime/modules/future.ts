/*
 * future.ts
 * The `__future__` module (our own Python): the feature records a `from __future__ import`
 * names. The compiler acts on `annotations` (PEP 563: annotations kept as strings, see
 * compiler.ts futureAnnotations); the other features are mandatory in Python 3.
 */

import { registerCachedPythonModule } from './common';
import { futureSupport } from '../compiler/compiler';
import { unparseAnnotation } from '../compiler/unparse';

futureSupport.unparseAnnotation = unparseAnnotation;

const FUTURE_PY = String.raw`
"""The language changes a from-__future__ import names, with the releases that brought them."""
import sys

all_feature_names = [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
]

__all__ = ["all_feature_names"] + all_feature_names

# 3.8 moved the compiler flags of the features 4 bits up.
_shift = 0 if sys.version_info[1] >= 8 else 4
CO_NESTED = 0x0010
CO_GENERATOR_ALLOWED = 0
CO_FUTURE_DIVISION = 0x20000 >> _shift
CO_FUTURE_ABSOLUTE_IMPORT = 0x40000 >> _shift
CO_FUTURE_WITH_STATEMENT = 0x80000 >> _shift
CO_FUTURE_PRINT_FUNCTION = 0x100000 >> _shift
CO_FUTURE_UNICODE_LITERALS = 0x200000 >> _shift
CO_FUTURE_BARRY_AS_BDFL = 0x400000 >> _shift
CO_FUTURE_GENERATOR_STOP = 0x800000 >> _shift
CO_FUTURE_ANNOTATIONS = 0x1000000 >> _shift


class _Feature:

    def __init__(self, optionalRelease, mandatoryRelease, compiler_flag):
        self.optional = optionalRelease
        self.mandatory = mandatoryRelease
        self.compiler_flag = compiler_flag

    def getOptionalRelease(self):
        return self.optional

    def getMandatoryRelease(self):
        return self.mandatory

    def __repr__(self):
        return "_Feature" + repr((self.optional,
                                  self.mandatory,
                                  self.compiler_flag))


_minor = sys.version_info[1]

nested_scopes = _Feature((2, 1, 0, "beta", 1), (2, 2, 0, "alpha", 0), CO_NESTED)
generators = _Feature((2, 2, 0, "alpha", 1), (2, 3, 0, "final", 0), CO_GENERATOR_ALLOWED)
division = _Feature((2, 2, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_DIVISION)
absolute_import = _Feature((2, 5, 0, "alpha", 1), (3, 0, 0, "alpha", 0), CO_FUTURE_ABSOLUTE_IMPORT)
with_statement = _Feature((2, 5, 0, "alpha", 1), (2, 6, 0, "alpha", 0), CO_FUTURE_WITH_STATEMENT)
print_function = _Feature((2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_PRINT_FUNCTION)
unicode_literals = _Feature((2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_UNICODE_LITERALS)
barry_as_FLUFL = _Feature((3, 1, 0, "alpha", 2), (3, 9, 0, "alpha", 0) if _minor <= 8 else (4, 0, 0, "alpha", 0), CO_FUTURE_BARRY_AS_BDFL)
generator_stop = _Feature((3, 5, 0, "beta", 1), (3, 7, 0, "alpha", 0), CO_FUTURE_GENERATOR_STOP)
# When PEP 563 was to become the default: postponed release after release, then dropped.
annotations = _Feature((3, 7, 0, "beta", 1),
                       {9: (3, 10, 0, "alpha", 0), 10: (3, 11, 0, "alpha", 0)}.get(
                           _minor, (4, 0, 0, "alpha", 0) if _minor <= 8 else None),
                       CO_FUTURE_ANNOTATIONS)
del _minor, _shift, sys
`;

registerCachedPythonModule('__future__', FUTURE_PY);
