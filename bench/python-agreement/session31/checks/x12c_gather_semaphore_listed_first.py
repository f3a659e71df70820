# x12 with the zero-pass download listed first (it takes a slot at once; "b" waits for one)
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
    await asyncio.gather(download(sem, "c", 0), download(sem, "a", 2), download(sem, "b", 2))
    report["ticks"] = ticks
    tick.cancel()


asyncio.run(main())
print(done, report)
