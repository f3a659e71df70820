# check: a gather child cancelled by another task: gather raises CancelledError in main; the other child goes on
import asyncio

log = []


async def job(n, delay):
    await asyncio.sleep(delay)
    log.append(n)
    return n


async def canceller(task):
    await asyncio.sleep(0.002)
    task.cancel()


async def main():
    t1 = asyncio.create_task(job(1, 0.05))
    t2 = asyncio.create_task(job(2, 0.01))
    c = asyncio.create_task(canceller(t1))
    try:
        await asyncio.gather(t1, t2)
        log.append(10)
    except asyncio.CancelledError:
        log.append(20)
    await asyncio.sleep(0.02)


asyncio.run(main())
