# pyco: versions=all
async def forgotten():
    print("never runs")

def caller():
    forgotten()
    print("caller finished")

caller()
print("end of program")
