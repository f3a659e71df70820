# At most two requests at once with an asyncio.Semaphore; gather keeps the order of its arguments. No bug.
import asyncio

peak = 0
running = 0


async def request(n, sem):
    global peak, running
    async with sem:
        running += 1
        peak = max(peak, running)
        await asyncio.sleep(0.01)
        running -= 1
        return n * 10


async def main():
    sem = asyncio.Semaphore(2)
    results = await asyncio.gather(*(request(n, sem) for n in range(4)))
    return results


results = asyncio.run(main())
print(results, peak)
