# TaskGroup end against a ticker: the ticks seen when the group exits.
import asyncio

ticks = 0
after_group = -1
results = [0, 0]


async def ticker():
    global ticks
    for _ in range(12):
        ticks += 1
        await asyncio.sleep(0)


async def job(i, lock):
    async with lock:
        await asyncio.sleep(0)
        results[i] = ticks


async def main():
    global after_group
    lock = asyncio.Lock()
    t = asyncio.create_task(ticker())
    async with asyncio.TaskGroup() as tg:
        tg.create_task(job(0, lock))
        tg.create_task(job(1, lock))
    after_group = ticks
    await t


asyncio.run(main())
print(ticks, after_group, results)
