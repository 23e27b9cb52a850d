import math
print(math.pi, math.e, math.tau)
print(math.sqrt(2), math.isqrt(99), math.gcd(84, 36), math.lcm(4, 6))
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.log(100, 10), math.log2(1024), math.log10(0.001), math.exp(1))
print(math.sin(math.pi / 6), math.cos(0), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.hypot(3, 4), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e308), math.isnan(float("nan")), math.isinf(-math.inf))
print(math.copysign(3, -0.0), math.fabs(-4), math.floor(7.9), math.ceil(7.1), math.modf(3.75))
print(math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
