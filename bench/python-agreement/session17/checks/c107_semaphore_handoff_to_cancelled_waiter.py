# as repro r11, with an asyncio.Semaphore(1) instead of a Lock (3.11 gives the slot back and wakes the next waiter)
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
    lock = asyncio.Semaphore(1)
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
