import sys
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit code:", e.code)
try:
    sys.exit(0)
except SystemExit as e:
    print("SystemExit code:", e.code)
raise SystemExit(0)
