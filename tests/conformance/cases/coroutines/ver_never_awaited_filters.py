# pyco: versions=3.8,3.12,3.13
# "coroutine ... was never awaited" is a RuntimeWarning like any other: the warnings filters
# record it, silence it, or repeat it.
import warnings


async def job():
    return 1


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    job()
    job()
print([(w.category.__name__, str(w.message), w.lineno) for w in caught])

warnings.simplefilter("ignore", RuntimeWarning)
job()
print("ignored")

warnings.resetwarnings()
warnings.simplefilter("default")
for _ in range(2):
    job()  # the default action shows it once for this line
print("done")
