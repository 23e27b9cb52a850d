# versions: 3.13
import statistics as st
data = [2.5, 3.25, 5.5, 11.25, 7.75]
print(st.mean(data), st.stdev(data), st.variance(data), st.pvariance(data), st.pstdev(data))
print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.median([3, 1, 2]), st.mode('aabbbc'), st.multimode('aabb'))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4), st.fmean([1, 2, 3]), st.harmonic_mean([40, 60]), st.geometric_mean([54, 24, 36]))
print(st.variance([1, 2, 3, 4, 5]), st.stdev([1, 2, 3, 4, 5]), st.median_grouped([52, 52, 53, 54]))
try: st.mean([])
except st.StatisticsError as e: print(type(e).__name__, e)
