# pyco: versions=3.11+
settings = {"host": "localhost", "port": 8080}
def lookup(key):
    return settings[key]
print(lookup("host"))
print(lookup("user"))
