# when one child of gather raises, the other children run on; their later writes are seen
import asyncio

log = []


async def failing():
    await asyncio.sleep(0.01)
    raise ValueError("bad")


async def slow():
    await asyncio.sleep(0.03)
    log.append("slow done")


async def main():
    try:
        await asyncio.gather(failing(), slow())
    except ValueError:
        log.append("caught")
    await asyncio.sleep(0.05)


asyncio.run(main())
print(log)
