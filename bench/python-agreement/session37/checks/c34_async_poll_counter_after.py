import asyncio

log = []
shared = {"value": 0}


async def bump():
    for _ in range(3):
        await asyncio.sleep(0.002)
        shared["value"] += 1


async def watcher():
    last = 0
    while shared["value"] < 3:
        if shared["value"] != last:
            last = shared["value"]
            log.append(last)
        await asyncio.sleep(0.0005)
    log.append(shared["value"])


async def main():
    await asyncio.gather(watcher(), bump())


asyncio.run(main())
print(log)  # ordered
