class Config:
    base = 10
    doubled = base * 2
    items = [base + i for i in range(3)] if False else None
    try:
        listed = [base + i for i in range(3)]
    except NameError as e:
        listed = f"NameError: {e}"
    pairs = [(i, j) for i in range(2) for j in range(2)]
print(Config.doubled, Config.listed, Config.pairs)
x = "module"
class Shadow:
    x = "class"
    def method(self):
        return x
    lam = lambda self: x
print(Shadow().method(), Shadow().lam(), Shadow.x)
