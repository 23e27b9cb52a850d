# pyco: versions=all
def shopper():
    answer = ""
    while True:
        item = yield answer
        if not item:
            print("[shopper] no more items")
            return "bye"
        print(f"[shopper] buying {item}")
        answer = f"bought {item}"

def cashier(s):
    s.send(None)
    for item in ["soap", "rice", "tea"]:
        print(f"[cashier] offering {item}")
        reply = s.send(item)
        print(f"[cashier] shopper said: {reply}")
    s.close()

cashier(shopper())
