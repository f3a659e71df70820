"""A loop.call_soon callback raises TypeError (None + 1): the loop logs it and runs the next callback."""
import asyncio

COUNTS = {"x": None}
log = []


def bad():
    log.append("bad start")
    log.append(COUNTS["x"] + 1)


def good():
    log.append("good")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad)
    loop.call_soon(good)
    await asyncio.sleep(0.001)
    log.append("main")


asyncio.run(main())
print(log)
