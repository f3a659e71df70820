# check: asyncio.timeout(0) cancels at the first await inside the block
import asyncio

log = []


async def main():
    try:
        async with asyncio.timeout(0):
            log.append("inside")
            await asyncio.sleep(0.001)
            log.append("after sleep")
    except TimeoutError:
        log.append("timeout")


asyncio.run(main())
print(log)
