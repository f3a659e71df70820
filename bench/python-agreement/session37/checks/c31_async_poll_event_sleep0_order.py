import asyncio

log = []


async def setter(ev):
    await asyncio.sleep(0)
    log.append("set")
    ev.set()
    await asyncio.sleep(0)
    log.append("after set")


async def poller(ev):
    while not ev.is_set():
        await asyncio.sleep(0)
    log.append("poller saw")


async def main():
    ev = asyncio.Event()
    await asyncio.gather(poller(ev), setter(ev))


asyncio.run(main())
print(log)  # ordered
