import asyncio

log = []

async def main():
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
            log.append("not reached")
    except TimeoutError:
        log.append("timed out")
    async with asyncio.timeout(0.5):
        await asyncio.sleep(0.001)
        log.append("in time")

asyncio.run(main())
