"""asyncio.Semaphore(2) with three tasks: the third waits; locked() while both permits are out."""
import asyncio

peak = 0
inside = 0
locked_seen = 0


async def worker(sem):
    global peak, inside, locked_seen
    async with sem:
        inside += 1
        peak = max(peak, inside)
        if sem.locked():
            locked_seen += 1
        await asyncio.sleep(0.001)
        inside -= 1


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(worker(sem) for _ in range(3)))


asyncio.run(main())
print(peak, locked_seen)
