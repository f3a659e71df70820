# loop.call_soon callbacks interleave with a ticker; main waits on an Event a callback sets
import asyncio

ticks = 0
log = []


async def ticker():
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0)


def step(n, done):
    log.append((n, ticks))
    if n == 2:
        done.set()


async def main():
    tick = asyncio.create_task(ticker())
    loop = asyncio.get_running_loop()
    done = asyncio.Event()
    for n in range(3):
        loop.call_soon(step, n, done)
    await done.wait()
    log.append(("main", ticks))
    tick.cancel()


asyncio.run(main())
print(log)
