"""wait_for_lock: the other side acts after 5 ms, the time-out is 60 ms."""
import asyncio

log = []


async def other(q, ev, lock):
    async with lock:
        await asyncio.sleep(0.005)


async def waiter(q, ev, lock):
    await asyncio.sleep(0.001)
    try:
        await asyncio.wait_for(lock.acquire(), 0.06)
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
