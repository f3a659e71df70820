# Check: a task cancelled while waiting for an asyncio.Lock does not get it; the next waiter does. Bug: none.
import asyncio

got = []


async def holder(lock):
    async with lock:
        await asyncio.sleep(0.02)
        got.append("holder")


async def waiter(lock, name):
    try:
        async with lock:
            got.append(name)
    except asyncio.CancelledError:
        got.append(f"{name}-cancelled")
        raise


async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0.001)
    w1 = asyncio.create_task(waiter(lock, "w1"))
    w2 = asyncio.create_task(waiter(lock, "w2"))
    await asyncio.sleep(0.005)
    w1.cancel()
    await asyncio.gather(h, w1, w2, return_exceptions=True)


asyncio.run(main())
print(f"got={got}")
