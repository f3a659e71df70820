# a loop callback failing implicitly is logged by the loop, which goes on
import asyncio

log = []
items = []


def tick():
    log.append(items[0])


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(tick)
    await asyncio.sleep(0.01)
    log.append("after")


asyncio.run(main())
print(log)
