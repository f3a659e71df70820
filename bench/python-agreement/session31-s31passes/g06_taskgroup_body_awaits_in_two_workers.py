# The same coroutine with a TaskGroup whose body awaits, run by two tasks from two call sites: each call
# site is a task of its own in weft, with queues of its own, so it imports.
import asyncio

finished = []


async def quick(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def worker(name):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(quick(1))
        await asyncio.sleep(0)
        await asyncio.sleep(0)
    finished.append(name)


async def main():
    tasks = [asyncio.create_task(worker(name)) for name in ("a", "b")]
    await asyncio.gather(*tasks)


asyncio.run(main())
print(finished)
