# CPython 3.11.7 (agree.py, 10 runs): ['first finally', 'first cancelled', 'second finally', 'second done']
# every run. Session 20: the CancelledError leaving the `try`/`finally` inside `async with sem:` releases the
# semaphore (refused before), and the cancelled sleeper wakes at once.
import asyncio

log = []


async def worker(name, sem):
    async with sem:
        try:
            await asyncio.sleep(1)
        finally:
            log.append(name + " finally")
        log.append(name + " done")


async def main():
    sem = asyncio.Semaphore(1)
    first = asyncio.create_task(worker("first", sem))
    second = asyncio.create_task(worker("second", sem))
    await asyncio.sleep(0.05)
    first.cancel()
    try:
        await first
    except asyncio.CancelledError:
        log.append("first cancelled")
    await second


asyncio.run(main())
print(log)
