# x12 through a TaskGroup: three downloads under asyncio.Semaphore(2), the third waits for a slot; a ticker counts
import asyncio

ticks = 0
done = []
report = {}


async def ticker():
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0)


async def download(sem, name, passes):
    async with sem:
        for _ in range(passes):
            await asyncio.sleep(0)
        done.append(name)


async def main():
    tick = asyncio.create_task(ticker())
    sem = asyncio.Semaphore(2)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(download(sem, "a", 2))
        tg.create_task(download(sem, "b", 2))
        tg.create_task(download(sem, "c", 0))
    report["ticks"] = ticks
    tick.cancel()


asyncio.run(main())
print(done, report)
