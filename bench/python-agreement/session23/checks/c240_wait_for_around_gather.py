# check: wait_for's time-out around gather() cancels gather's children first
import asyncio

log = []


async def child(n):
    try:
        await asyncio.sleep(0.05)
        log.append(n)
    except asyncio.CancelledError:
        log.append(-n)
        raise


async def fetch_all():
    await asyncio.gather(child(1), child(2))


async def main():
    try:
        await asyncio.wait_for(fetch_all(), 0.005)
    except asyncio.TimeoutError:
        log.append(0)
    await asyncio.sleep(0.08)


asyncio.run(main())
