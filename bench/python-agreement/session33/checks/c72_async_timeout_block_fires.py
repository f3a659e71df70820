import asyncio

log = []


async def main():
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
            log.append("finished")
    except TimeoutError:
        log.append("timeout")
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(0.001)
            log.append("in time")
    except TimeoutError:
        log.append("late")


asyncio.run(main())
print(log)
