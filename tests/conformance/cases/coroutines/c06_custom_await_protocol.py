# pyco: versions=all
class Ask:
    def __init__(self, question):
        self.question = question
    def __await__(self):
        answer = yield self.question
        return (self.question, answer)

async def dialogue():
    a = await Ask("name?")
    b = await Ask("age?")
    return [a, b]

d = dialogue()
print("driver receives:", d.send(None))
print("driver receives:", d.send("Ada"))
try:
    d.send(36)
except StopIteration as e:
    print("result:", e.value)
