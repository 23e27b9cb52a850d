# pyco: versions=3.11,3.12,3.13
import sys
print(sys.int_info.str_digits_check_threshold)
big = 10 ** 5000
try:
    s = str(big)
except ValueError as e:
    print("ValueError:", str(e)[:60])
print(len(hex(big)))
