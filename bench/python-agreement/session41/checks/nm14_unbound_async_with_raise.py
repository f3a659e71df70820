# check: a coroutine local bound after a raising line inside `async with lock:` in a try (UnboundLocalError)
import asyncio

stock = {"tea": 0}
out = []


async def sell(lock):
    try:
        async with lock:
            price = 10 // stock["tea"]
    except ZeroDivisionError:
        pass
    out.append(price)


async def main():
    lock = asyncio.Lock()
    await sell(lock)


asyncio.run(main())
print(out)
