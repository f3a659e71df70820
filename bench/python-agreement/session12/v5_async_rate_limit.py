import asyncio
in_flight = 0
peak = 0
async def request(sem, i):
    global in_flight, peak
    async with sem:
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.01)
        in_flight -= 1
        return i
async def main():
    sem = asyncio.Semaphore(3)
    tasks = [asyncio.create_task(request(sem, i)) for i in range(6)]
    done = await asyncio.gather(*tasks)
    return len(done)
n = asyncio.run(main())
print(n, peak)
