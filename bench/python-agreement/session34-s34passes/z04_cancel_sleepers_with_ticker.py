# Three workers asleep on timers are cancelled in a loop while a ticker spins on `sleep(0)`; each
# worker notes the ticker's count in its handler. CPython: each cancel schedules the worker's wake-up
# with call_soon, so all three run on the next pass, in the order cancelled, before the ticker's next
# step. (Before session 34, weft explore found no schedule at all: the cancelled sleepers stayed
# sleepers whose timer was due, and the ticker could pass them forever.)
import asyncio

ticks = 0
running = True
seen = []


async def ticker():
    global ticks
    while running:
        ticks += 1
        await asyncio.sleep(0)


async def worker(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        seen.append((name, ticks))


async def main():
    global running
    tick_task = asyncio.create_task(ticker())
    workers = [asyncio.create_task(worker(n)) for n in ("a", "b", "c")]
    await asyncio.sleep(0)
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    seen.append(("main", ticks))
    running = False
    await tick_task


asyncio.run(main())
print(seen)
