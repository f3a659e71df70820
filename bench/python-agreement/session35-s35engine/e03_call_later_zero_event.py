# loop.call_later(0, event.set) wakes a waiter a pass after the timer fires; a task that checks the
# event while a ticker spins sees it set only from that pass on.
import asyncio

ticks = 0
running = True
woke_at = []
checks = []

ready = None


async def ticker():
    global ticks
    while running:
        ticks += 1
        await asyncio.sleep(0)


async def waiter():
    await ready.wait()
    woke_at.append(ticks)


async def checker():
    for _ in range(3):
        checks.append((ticks, ready.is_set()))
        await asyncio.sleep(0)


async def main():
    global running, ready
    ready = asyncio.Event()
    loop = asyncio.get_running_loop()
    tick_task = asyncio.create_task(ticker())
    w = asyncio.create_task(waiter())
    c = asyncio.create_task(checker())
    loop.call_later(0, ready.set)
    await w
    await c
    running = False
    await tick_task


asyncio.run(main())
print(woke_at, checks)
