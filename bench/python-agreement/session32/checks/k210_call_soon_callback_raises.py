# A call_soon callback that raises: the loop logs it and goes on.
import asyncio

log = []


def bad():
    log.append("bad ran")
    raise RuntimeError("cb")


async def main():
    asyncio.get_running_loop().call_soon(bad)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log.append("main done")


asyncio.run(main())
print(log)
