# pyco: versions=3.11+
def fail_many():
    raise ExceptionGroup("batch failed", [ValueError("first bad"), KeyError("second")])

fail_many()
