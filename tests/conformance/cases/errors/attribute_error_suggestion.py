# pyco: versions=3.10+
class Account:
    def __init__(self):
        self.balance = 5
acct = Account()
print(acct.balanse)
