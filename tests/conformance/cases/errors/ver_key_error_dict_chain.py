# pyco: versions=all
config = {"db": {"host": "h"}}
print(config["db"]["host"])
print(config["db"]["port"])
