# check: asyncio.sleep(d, result=v) returns v; asyncio.wait(FIRST_EXCEPTION) returns when one raises
import asyncio

vals = []


async def bad():
    await asyncio.sleep(0.005)
    raise ValueError()


async def main():
    vals.append(await asyncio.sleep(0.001, result=8))
    slow = asyncio.create_task(asyncio.sleep(0.05))
    b = asyncio.create_task(bad())
    done, pending = await asyncio.wait([slow, b], return_when=asyncio.FIRST_EXCEPTION)
    vals.append(len(done))
    vals.append(len(pending))
    slow.cancel()


asyncio.run(main())
