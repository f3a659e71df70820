import asyncio

log = []


async def main():
    try:
        async with asyncio.timeout(0.02):
            await asyncio.sleep(0.01)
            log.append("first in time")
            await asyncio.sleep(0.05)
            log.append("never")
    except TimeoutError:
        log.append("timed out")
    log.append("after")


asyncio.run(main())
print(log)
