# wait_for(lock.acquire(), t) against a holder that sleeps.
import asyncio

got = -1
holder_done = 0


async def holder(lock, hold):
    global holder_done
    async with lock:
        await asyncio.sleep(hold)
    holder_done = 1


async def main():
    global got
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock, 0.05))
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(lock.acquire(), timeout=0.01)
        got = 1
        lock.release()
    except asyncio.TimeoutError:
        got = 0
    await h


asyncio.run(main())
print(got, holder_done)
