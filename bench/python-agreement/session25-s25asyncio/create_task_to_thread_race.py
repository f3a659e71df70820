# BUG: two to_thread tasks read-modify-write a global with a sleep between: a lost update
import asyncio
import time

balance = 100


def withdraw(amount):
    global balance
    seen = balance
    time.sleep(0.001)
    balance = seen - amount
    return balance


async def main():
    first = asyncio.create_task(asyncio.to_thread(withdraw, 10))
    second = asyncio.create_task(asyncio.to_thread(withdraw, 20))
    a = await first
    b = await second
    return a, b


a, b = asyncio.run(main())
print(a, b, balance)
assert balance == 70, f"lost update: {balance}"
