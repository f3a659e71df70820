# asyncio.Semaphore.locked() while released units are handed to waiters that have not run: after three
# releases to two waiters the value is 1, but both waiters' futures are still in `_waiters`, so
# `locked()` is True until they run (CPython 3.11's `_wake_up_next` counts the unit for the waiter at
# once). A cancelled waiter that was never handed a unit does not count.
import asyncio

sem = asyncio.Semaphore(0)
reads = []


async def worker(name):
    try:
        async with sem:
            reads.append(f"{name} in")
    except asyncio.CancelledError:
        reads.append(f"{name} cancelled")


async def main():
    tasks = [asyncio.create_task(worker(n)) for n in ("a", "b", "c")]
    await asyncio.sleep(0)
    tasks[2].cancel()
    reads.append(("one waiter cancelled", sem.locked()))
    sem.release()
    sem.release()
    sem.release()
    reads.append(("three releases", sem.locked()))
    await asyncio.sleep(0)
    reads.append(("a turn later", sem.locked()))
    for task in tasks:
        await task
    reads.append(("at the end", sem.locked()))


asyncio.run(main())
print(reads)
