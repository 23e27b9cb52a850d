# pyco: versions=all
def compute():
    return undefined_thing + 1

compute()
