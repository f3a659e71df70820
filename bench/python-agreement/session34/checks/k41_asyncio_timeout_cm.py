# asyncio.timeout() (3.11): the body's await is cancelled at the deadline, TimeoutError raised outside it.
import asyncio

log = []


async def slow(d):
    try:
        await asyncio.sleep(d)
        log.append(f"slept {d}")
    except asyncio.CancelledError:
        log.append(f"cancelled {d}")
        raise


async def main():
    for d in (0.001, 0.5):
        try:
            async with asyncio.timeout(0.1):
                await slow(d)
        except TimeoutError:
            log.append("timeout")
    print(log)


asyncio.run(main())
