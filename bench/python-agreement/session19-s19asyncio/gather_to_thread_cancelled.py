# CHECK (session 19): a cancel of the awaiter of gather over to_thread jobs: the awaiter raises at once, the
# threads run on. CPython 3.11.7: ['parent cancelled', 'main saw cancel', 'a', 'b'] in 20 of 20; weft agrees.
import asyncio
import time

log = []


def job(name, delay):
    time.sleep(delay)
    log.append(name)


async def parent():
    try:
        await asyncio.gather(asyncio.to_thread(job, "a", 0.1), asyncio.to_thread(job, "b", 0.2))
    except asyncio.CancelledError:
        log.append("parent cancelled")
        raise


async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.02)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        log.append("main saw cancel")
    await asyncio.sleep(0.5)


asyncio.run(main())
print(log)
