import asyncio

spins = 0
at_resume = -1


async def spinner():
    global spins
    for _ in range(20):
        spins += 1
        await asyncio.sleep(0)


async def main():
    global at_resume
    asyncio.create_task(spinner())
    await asyncio.sleep(0)
    before = spins
    q = asyncio.Queue()
    await q.put(1)
    await q.get()
    lock = asyncio.Lock()
    await lock.acquire()
    lock.release()
    ev = asyncio.Event()
    ev.set()
    await ev.wait()
    sem = asyncio.Semaphore(1)
    async with sem:
        pass
    at_resume = spins - before


asyncio.run(main())
print(at_resume)
