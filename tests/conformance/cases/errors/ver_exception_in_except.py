# pyco: versions=all
try:
    {}["missing"]
except KeyError:
    print("handling the KeyError")
    None.upper()
