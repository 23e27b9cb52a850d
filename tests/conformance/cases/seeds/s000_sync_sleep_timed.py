# pyco: versions=3.7,3.13
import time

def write_digit(d):
    print("Lulu starts writing " + str(d) + " now")
    time.sleep(1)
    print("Lulu wrote" + str(d) + " fine")

def run_all(digits):
    for d in digits:
        write_digit(d)
%time run_all([i for i in range(1,6)])
