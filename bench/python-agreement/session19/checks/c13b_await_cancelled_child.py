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
    for t in tasks:
        try:
            await t
        except asyncio.CancelledError:
            cancelled_slots += 1
        except ValueError:
            failed_slots += 1


if __name__ == "__main__":
    asyncio.run(main())
    finished.sort()
