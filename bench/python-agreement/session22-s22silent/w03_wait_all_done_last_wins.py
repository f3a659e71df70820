# `last = t.result()` keeps the last of the set's order: refused.
import asyncio

last = 0


async def work(x):
    await asyncio.sleep(x / 100)
    return x


async def main():
    global last
    tasks = [asyncio.create_task(work(n)) for n in (1, 2, 3)]
    done, pending = await asyncio.wait(tasks)
    for t in done:
        last = await t


asyncio.run(main())
