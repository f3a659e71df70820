# A child that polls a flag with asyncio.sleep(0) ends in the pass after the setter ends, before the
# setter's done callback runs: the gather ends when the poller's callback counts it (a ticker counts passes).
import asyncio

ticks = 0
ready = False
at_end = -1


async def ticker():
    global ticks
    for _ in range(30):
        ticks += 1
        await asyncio.sleep(0)


async def poller():
    while not ready:
        await asyncio.sleep(0)
    return "polled"


async def setter():
    global ready
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    ready = True
    return "set"


async def main():
    global at_end
    asyncio.create_task(ticker())
    await asyncio.gather(setter(), poller())
    at_end = ticks


asyncio.run(main())
print(ticks, at_end)
