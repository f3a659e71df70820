"""timeout_cm_sleep: the other side acts after 60 ms, the time-out is 5 ms."""
import asyncio

log = []


async def other(q, ev, lock):
    await asyncio.sleep(0)


async def waiter(q, ev, lock):
    try:
        async with asyncio.timeout(0.005):
            await asyncio.sleep(0.06)
            log.append("slept")
    except TimeoutError:
        log.append("timeout")


async def main():
    q = asyncio.Queue()
    ev = asyncio.Event()
    lock = asyncio.Lock()
    await asyncio.gather(other(q, ev, lock), waiter(q, ev, lock))


asyncio.run(main())
print(log)
