# a fire-and-forget task raises; main goes on; a sibling's writes stay
import asyncio

log = []


async def fails():
    await asyncio.sleep(0)
    raise RuntimeError("lost")


async def works():
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log.append("works")


async def main():
    asyncio.create_task(fails())
    t = asyncio.create_task(works())
    await t
    log.append("main")


asyncio.run(main())
print(log)
