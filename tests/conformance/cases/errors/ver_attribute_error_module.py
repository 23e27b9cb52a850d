# pyco: versions=all
import math
print(math.pi)
print(math.tau_value)
