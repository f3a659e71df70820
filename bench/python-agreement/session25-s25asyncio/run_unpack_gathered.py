"""`a, b, c = asyncio.run(main())` of a coroutine returning a gather's list: a lost update between the three."""
import asyncio

balance = 0


async def deposit(amount):
    global balance
    seen = balance
    await asyncio.sleep(0.001 * amount)
    balance = seen + amount
    return balance


async def main():
    results = await asyncio.gather(deposit(1), deposit(2), deposit(3))
    return results


a, b, c = asyncio.run(main())
print(a, b, c, balance)
