import asyncio
active = 0
peak = 0
async def fetch(sem, i):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.01)
        active -= 1
    return i
async def main():
    sem = asyncio.Semaphore(2)
    results = await asyncio.gather(*[fetch(sem, i) for i in range(5)])
    return sum(results)
total = asyncio.run(main())
print(total, peak)
