# Two zero-delay timers set in different passes while a ticker spins on sleep(0): each callback sees
# the ticks of the pass after the one that set it.
import asyncio

ticks = 0
running = True
seen = []


async def ticker():
    global ticks
    while running:
        ticks += 1
        await asyncio.sleep(0)


def first():
    seen.append(("first", ticks))


def second():
    seen.append(("second", ticks))


async def main():
    global running
    loop = asyncio.get_running_loop()
    tick_task = asyncio.create_task(ticker())
    loop.call_later(0, first)
    await asyncio.sleep(0)
    loop.call_later(0, second)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    seen.append(("main", ticks))
    running = False
    await tick_task


asyncio.run(main())
print(ticks, seen)
