"""wait_for_sleep_result: the other side acts after 60 ms, the time-out is 5 ms."""
import asyncio

log = []


async def other(q, ev, lock):
    await asyncio.sleep(0)


async def waiter(q, ev, lock):
    try:
        log.append(await asyncio.wait_for(asyncio.sleep(0.06, result=5), 0.005))
    except asyncio.TimeoutError:
        log.append("timeout")


async def main():
    q = asyncio.Queue()
    ev = asyncio.Event()
    lock = asyncio.Lock()
    await asyncio.gather(other(q, ev, lock), waiter(q, ev, lock))


asyncio.run(main())
print(log)
