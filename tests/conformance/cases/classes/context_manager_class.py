class Transaction:
    def __init__(self, log):
        self.log = log
    def __enter__(self):
        self.log.append("begin")
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.log.append("commit")
        else:
            self.log.append(f"rollback ({exc})")
        return exc_type is ValueError
log = []
with Transaction(log):
    log.append("work 1")
with Transaction(log):
    raise ValueError("bad data")
try:
    with Transaction(log):
        raise KeyError("fatal")
except KeyError:
    log.append("KeyError escaped")
print("\n".join(log))
