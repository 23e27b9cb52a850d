print("this never runs")
def broken()
    return 1
