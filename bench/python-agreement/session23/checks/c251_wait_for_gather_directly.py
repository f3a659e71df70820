# check: wait_for(gather(a(), b()), t) times out: gather's children are cancelled
import asyncio

log = []


async def child(n):
    try:
        await asyncio.sleep(0.05)
        log.append(n)
    except asyncio.CancelledError:
        log.append(-n)
        raise


async def main():
    try:
        await asyncio.wait_for(asyncio.gather(child(1), child(2)), 0.005)
    except asyncio.TimeoutError:
        log.append(0)
    await asyncio.sleep(0.08)


asyncio.run(main())
