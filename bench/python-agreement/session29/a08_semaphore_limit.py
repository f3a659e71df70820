import asyncio

running = 0
peak = 0
finished = 0


async def download(sem, size):
    global running, peak, finished
    async with sem:
        running += 1
        peak = max(peak, running)
        await asyncio.sleep(size / 1000)
        running -= 1
        finished += 1


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*[download(sem, s) for s in (3, 1, 2, 1)])


asyncio.run(main())
print(f"peak={peak} finished={finished} running={running}")
