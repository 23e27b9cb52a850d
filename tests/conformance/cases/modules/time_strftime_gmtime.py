import time
t = time.gmtime(0)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday)
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1700000000)))
print(time.strftime("%a, %d %b %Y", time.gmtime(86400 * 365)))
print(time.mktime(time.localtime(0)) == 0.0 or True)
print(time.asctime(time.gmtime(1e9)))
