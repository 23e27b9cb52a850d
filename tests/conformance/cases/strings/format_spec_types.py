import datetime
d = datetime.date(2024, 2, 29)
print(f"{d:%Y/%m/%d} {d:%A %d %B}")
print(format(d, "%j"), d.isoformat(), str(d))
td = datetime.timedelta(days=1, hours=3, minutes=4, seconds=5)
print(td, td.total_seconds(), str(datetime.timedelta(seconds=-1)))
print(f"{'x':=>5}", f"{-12:=8}", f"{3.0:g}", f"{1e20:g}", f"{1234:n}")
