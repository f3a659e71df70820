# BUG: lost update: each coroutine reads the balance, awaits the fraud check, then writes back
import asyncio

balance = 0


async def fraud_check():
    await asyncio.sleep(0.001)


async def deposit(amount):
    global balance
    current = balance
    await fraud_check()
    balance = current + amount


async def main():
    await asyncio.gather(deposit(100), deposit(50), deposit(25))


asyncio.run(main())
print(balance)
assert balance == 175, balance
