# pyco: versions=all
import asyncio

balance = 100

async def withdraw(amount, who):
    global balance
    seen = balance
    await asyncio.sleep(0.1)
    balance = seen - amount
    print(who, "thinks balance is", balance)

async def main():
    await asyncio.gather(withdraw(30, "alice"), withdraw(50, "bob"))
    print("lost update, balance =", balance)

asyncio.run(main())
