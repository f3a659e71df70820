"""wait_for_queue_get: the other side acts after 60 ms, the time-out is 5 ms."""
import asyncio

log = []


async def other(q, ev, lock):
    await asyncio.sleep(0.06)
    await q.put(1)


async def waiter(q, ev, lock):
    try:
        log.append(await asyncio.wait_for(q.get(), 0.005))
    except asyncio.TimeoutError:
        log.append("timeout")


async def main():
    q = asyncio.Queue()
    ev = asyncio.Event()
    lock = asyncio.Lock()
    await asyncio.gather(other(q, ev, lock), waiter(q, ev, lock))


asyncio.run(main())
print(log)
