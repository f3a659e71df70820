# `sorted(d)` of a module dict that starts empty and a coroutine fills: the keys are not known at
# import time (weft must not sort them there).
import asyncio

stock = {}
seen = []


async def restock():
    await asyncio.sleep(0.01)
    stock["c"] = 3
    stock["a"] = 1


async def main():
    await restock()
    names = sorted(stock)
    for name in names:
        seen.append(name)


asyncio.run(main())
count = len(seen)
print(seen)
