# TaskGroups inside a worker coroutine started three times (the end waits for the tasks in order there):
# a shared counter and the order the workers finish in.
import asyncio

done = []


async def quick(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def worker(k):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(quick(k))
        tg.create_task(quick(1))
    done.append(k)


async def main():
    tasks = [asyncio.create_task(worker(k)) for k in (3, 1, 2)]
    await asyncio.gather(*tasks)


asyncio.run(main())
print(done)
