# pyco: versions=all
def check_positive(v):
    assert v > 0, "must be positive"
    return v
check_positive(1)
check_positive(-2)
