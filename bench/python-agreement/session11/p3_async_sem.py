import asyncio
active = 0
peak = 0
async def job(sem):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.01)
        active -= 1
async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*[job(sem) for _ in range(4)])
asyncio.run(main())
print(peak)
