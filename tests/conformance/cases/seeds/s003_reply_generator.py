# pyco: versions=3.7,3.13
def ask():
    answer = yield 'ping'
    yield answer

q = ask()
print(repr(next(q)))
print(repr(q.send('pong')))
