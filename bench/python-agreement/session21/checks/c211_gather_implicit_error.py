# gather raises a child's implicit KeyError to its awaiter
import asyncio

log = []
table = {}


async def failing():
    await asyncio.sleep(0.01)
    value = table["missing"]


async def slow():
    await asyncio.sleep(0.03)
    log.append("slow done")


async def main():
    try:
        await asyncio.gather(failing(), slow())
    except KeyError:
        log.append("caught")
    await asyncio.sleep(0.05)


asyncio.run(main())
print(log)
