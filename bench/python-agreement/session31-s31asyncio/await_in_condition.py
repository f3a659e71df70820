# `if not await ...`, `x = 1 if await f() else 2` and `total + await f()`: the await inside an expression
import asyncio

stock = {"left": 3}
log = []


async def reserve(n):
    await asyncio.sleep(0.001)
    if stock["left"] >= n:
        stock["left"] -= n
        return True
    return False


async def price(n):
    await asyncio.sleep(0)
    return 10 * n


async def buyer(name, n):
    if not await reserve(n):
        log.append((name, "sold out"))
        return 0
    bonus = 5 if await reserve(0) else 0
    total = bonus + await price(n)
    log.append((name, total))
    return total


async def main():
    totals = await asyncio.gather(buyer("ann", 2), buyer("bob", 2))
    print("totals:", totals, "left:", stock["left"], "log:", log)


asyncio.run(main())
