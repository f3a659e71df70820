"""gather(return_exceptions=True) with a child cancelled: its slot is a CancelledError, the rest finish."""
import asyncio

finished = []
cancelled_slots = 0
failed_slots = 0


async def job(n):
    await asyncio.sleep(0.001 * n)
    if n == 2:
        raise ValueError("two")
    finished.append(n)
    return n


async def main():
    global cancelled_slots, failed_slots
    tasks = [asyncio.create_task(job(n)) for n in range(1, 5)]
    tasks[3].cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for r in results:
        if isinstance(r, asyncio.CancelledError):
            cancelled_slots += 1
        elif isinstance(r, Exception):
            failed_slots += 1


if __name__ == "__main__":
    asyncio.run(main())
    finished.sort()
