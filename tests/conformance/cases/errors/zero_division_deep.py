# pyco: versions=all
def ratio(a, b):
    return a / b

def report(values):
    for v in values:
        print("ratio", ratio(10, v))

def main():
    report([5, 2, 0, 1])

main()
