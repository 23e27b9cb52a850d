# pyco: versions=all
import warnings
def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1
old_api()
warnings.warn("something odd", UserWarning)
warnings.warn("runtime thing", RuntimeWarning)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_api()
    warnings.warn("recorded")
print([(w.category.__name__, str(w.message)) for w in caught])
warnings.simplefilter("ignore")
warnings.warn("ignored")
warnings.simplefilter("error")
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("raised:", e)
print("done")
