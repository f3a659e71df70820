# two tasks take turns on an asyncio.Lock three times each, writing to a shared log; gathered; a ticker counts
import asyncio

ticks = 0
log = []
report = {}


async def ticker():
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0)


async def player(lock, name):
    for n in range(3):
        async with lock:
            log.append(f"{name}{n}")
            await asyncio.sleep(0)


async def main():
    tick = asyncio.create_task(ticker())
    lock = asyncio.Lock()
    await asyncio.gather(player(lock, "a"), player(lock, "b"))
    report["ticks"] = ticks
    tick.cancel()


asyncio.run(main())
print(log, report)
