# gather raises at the first failure in time: the second child's implicit KeyError at 10 ms, while the
# first child still sleeps until 40 ms
import asyncio

log = []
table = {}


async def slow():
    await asyncio.sleep(0.04)
    log.append("slow done")


async def failing():
    await asyncio.sleep(0.01)
    value = table["missing"]


async def main():
    try:
        await asyncio.gather(slow(), failing())
    except KeyError:
        log.append("caught")
    await asyncio.sleep(0.06)


asyncio.run(main())
print(log)
