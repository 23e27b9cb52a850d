# pyco: versions=all
class Broken:
    def __await__(self):
        return 42

async def use():
    await Broken()

try:
    use().send(None)
except TypeError as e:
    print("TypeError:", e)
