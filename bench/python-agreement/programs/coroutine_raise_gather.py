"""Coroutine tasks fetch from a shared cache; one that finds its key missing raises KeyError, which
its awaiter (main) catches; a second lookup, gathered after the fill, finds it. Whether the key is there depends on the order the tasks
run in around their awaits."""
import asyncio

cache = {}
hits = 0
errors = 0


async def fill():
    await asyncio.sleep(0)
    cache[1] = 10


async def lookup():
    global hits
    await asyncio.sleep(0)
    if 1 not in cache:
        raise KeyError(1)
    hits += cache[1]


async def main():
    global errors
    filler = asyncio.create_task(fill())
    looker = asyncio.create_task(lookup())
    try:
        await looker
    except KeyError:
        errors += 1
    await filler
    again = asyncio.create_task(lookup())
    try:
        await asyncio.gather(filler, again)
    except KeyError:
        errors += 10


asyncio.run(main())
print(hits, errors)
