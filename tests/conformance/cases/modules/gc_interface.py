# pyco: versions=3.7,3.12,3.13
# The gc module's interface as tutorials use it: enable/disable, thresholds, collect().
import gc

print(gc.isenabled(), gc.get_threshold())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), isinstance(gc.collect(), int), gc.collect(0) >= 0)
gc.set_threshold(1000, 20)
print(gc.get_threshold())
print(gc.is_tracked(1), gc.is_tracked([]), gc.garbage)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
