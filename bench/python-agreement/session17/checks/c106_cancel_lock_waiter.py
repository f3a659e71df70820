# no bug: a task cancelled while waiting for an asyncio.Lock never gets it; the next waiter does
import asyncio

holders = []


async def use(name, lock, hold):
    try:
        async with lock:
            holders.append(name)
            await asyncio.sleep(hold)
    except asyncio.CancelledError:
        holders.append(f"{name} cancelled")
        raise


async def main():
    lock = asyncio.Lock()
    first = asyncio.create_task(use("first", lock, 0.010))
    second = asyncio.create_task(use("second", lock, 0))
    third = asyncio.create_task(use("third", lock, 0))
    await asyncio.sleep(0.002)
    second.cancel()
    await asyncio.gather(first, third)
    try:
        await second
    except asyncio.CancelledError:
        pass


asyncio.run(main())
print(holders)
