# pyco: versions=all
print(hasattr(dict, "__or__"), hasattr(str, "removeprefix"), hasattr(int, "bit_count"))
print(hasattr(__builtins__, "aiter") if not isinstance(__builtins__, dict) else "aiter" in __builtins__)
import math
print(hasattr(math, "lcm"), hasattr(math, "isqrt"), hasattr(math, "cbrt"))
import itertools
print(hasattr(itertools, "pairwise"), hasattr(itertools, "batched"))
