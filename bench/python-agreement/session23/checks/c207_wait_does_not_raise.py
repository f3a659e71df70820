# check: asyncio.wait() does not raise a task's exception: it returns it in `done`; the program ends ok
import asyncio

log = []


async def bad():
    await asyncio.sleep(0.001)
    raise ValueError("bad")


async def good():
    await asyncio.sleep(0.002)
    log.append("good")


async def main():
    t1 = asyncio.create_task(bad())
    t2 = asyncio.create_task(good())
    done, pending = await asyncio.wait([t1, t2])
    log.append(len(done))
    log.append(len(pending))


asyncio.run(main())
