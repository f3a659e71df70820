"""asyncio.as_completed over coroutines: each appends its name when its task first runs, so `started`
shows the order CPython wrapped them in tasks (a set of the coroutine objects: their addresses)."""
import asyncio

started = []
finished = []


async def fetch(name, delay):
    started.append(name)
    await asyncio.sleep(delay)
    return name


async def main():
    for next_done in asyncio.as_completed([fetch("a", 0.01), fetch("b", 0.01), fetch("c", 0.01)]):
        finished.append(await next_done)


asyncio.run(main())
print(started, finished)
