"""wait_for_lock: the other side acts after 60 ms, the time-out is 5 ms."""
import asyncio

log = []


async def other(q, ev, lock):
    async with lock:
        await asyncio.sleep(0.06)


async def waiter(q, ev, lock):
    await asyncio.sleep(0.001)
    try:
        await asyncio.wait_for(lock.acquire(), 0.005)
        log.append("locked")
        lock.release()
    except asyncio.TimeoutError:
        log.append("timeout")


async def main():
    q = asyncio.Queue()
    ev = asyncio.Event()
    lock = asyncio.Lock()
    await asyncio.gather(other(q, ev, lock), waiter(q, ev, lock))


asyncio.run(main())
print(log)
