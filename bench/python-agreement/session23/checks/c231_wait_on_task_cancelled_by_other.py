# check: asyncio.wait([t]) returns normally when t is cancelled by another task (t is in done, cancelled)
import asyncio

log = []


async def inner():
    await asyncio.sleep(0.05)
    log.append("inner done")


async def canceller(t):
    await asyncio.sleep(0.005)
    t.cancel()


async def main():
    t = asyncio.create_task(inner())
    c = asyncio.create_task(canceller(t))
    done, pending = await asyncio.wait([t])
    log.append(len(done))
    await c
    log.append("after")


asyncio.run(main())
