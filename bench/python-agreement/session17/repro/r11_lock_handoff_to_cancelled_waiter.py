# spurious deadlock: main releases an asyncio.Lock (handing it to the first waiter) and cancels that waiter
# before it resumes. CPython 3.11's Lock.acquire sees the CancelledError, finds the lock free and wakes the
# next waiter: holders=['second cancelled', 'third'] every run. weft also lists a deadlock, in which the
# cancelled waiter keeps the lock after it has finished.
import asyncio

holders = []


async def use(name, lock):
    try:
        async with lock:
            holders.append(name)
    except asyncio.CancelledError:
        holders.append(f"{name} cancelled")
        raise


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    second = asyncio.create_task(use("second", lock))
    third = asyncio.create_task(use("third", lock))
    await asyncio.sleep(0)
    lock.release()
    second.cancel()
    await third
    try:
        await second
    except asyncio.CancelledError:
        pass


asyncio.run(main())
