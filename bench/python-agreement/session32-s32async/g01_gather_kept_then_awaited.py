# a gather kept in a name and awaited on the next line: its results, and a ticker counting the loop's passes
import asyncio

ticks = 0
running = True
log = []


async def ticker():
    global ticks
    while running:
        ticks += 1
        await asyncio.sleep(0)


async def work(name, steps):
    for _ in range(steps):
        await asyncio.sleep(0)
    log.append(name)
    return steps * 10


async def main():
    global running
    tick = asyncio.create_task(ticker())
    job = asyncio.gather(work("a", 3), work("b", 1))
    results = await job
    log.append(ticks)
    running = False
    await tick
    return results


results = asyncio.run(main())
print("results:", results, "log:", log, "ticks:", ticks)
