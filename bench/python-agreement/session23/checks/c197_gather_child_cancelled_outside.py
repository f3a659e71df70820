# check: a gather child cancelled from outside makes gather raise CancelledError in its awaiter; the other child goes on
import asyncio

log = []


async def job(n, delay):
    await asyncio.sleep(delay)
    log.append(n)
    return n


async def main():
    t1 = asyncio.create_task(job(1, 0.05))
    t2 = asyncio.create_task(job(2, 0.01))
    g = asyncio.gather(t1, t2)
    await asyncio.sleep(0.001)
    t1.cancel()
    try:
        await g
        log.append(10)
    except asyncio.CancelledError:
        log.append(20)
    await asyncio.sleep(0.02)


asyncio.run(main())
