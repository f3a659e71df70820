"""asyncio_wait_timeout: the other side acts after 60 ms, the time-out is 5 ms."""
import asyncio

log = []


async def other(q, ev, lock):
    await asyncio.sleep(0)


async def job():
    await asyncio.sleep(0.06)
    return 3


async def waiter(q, ev, lock):
    t = asyncio.create_task(job())
    done, pending = await asyncio.wait([t], timeout=0.005)
    log.append(len(done))
    log.append(await t)


async def main():
    q = asyncio.Queue()
    ev = asyncio.Event()
    lock = asyncio.Lock()
    await asyncio.gather(other(q, ev, lock), waiter(q, ev, lock))


asyncio.run(main())
print(log)
