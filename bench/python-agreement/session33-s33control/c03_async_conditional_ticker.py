# A coroutine picks `await fetch()` only when its cache misses, in a conditional expression whose
# branch awaits; a ticker counts the loop's passes, which CPython gives the same every run.
import asyncio

cache = {"a": 1}
state = {"ticks": 0, "value_a": 0, "value_b": 0}


async def fetch(key):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return len(key) + 10


async def ticker():
    while True:
        state["ticks"] += 1
        await asyncio.sleep(0)


async def lookup(key):
    return cache[key] if key in cache else await fetch(key)


async def main():
    tick = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    state["value_a"] = await lookup("a")
    state["value_b"] = await lookup("bb")
    tick.cancel()


asyncio.run(main())
print(state)
