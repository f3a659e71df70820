# asyncio.wait(tasks, timeout=0) over a task that ends in the pass of the call and one that sleeps:
# the timer releases the waiter; the quick task is done by then, the sleeper pending.
import asyncio

ticks = 0
running = True
result = []


async def ticker():
    global ticks
    while running:
        ticks += 1
        await asyncio.sleep(0)


async def quick():
    return 1


async def slow():
    await asyncio.sleep(0.05)
    return 2


async def main():
    global running
    tick_task = asyncio.create_task(ticker())
    q = asyncio.create_task(quick())
    s = asyncio.create_task(slow())
    done, pending = await asyncio.wait([q, s], timeout=0)
    result.append((len(done), len(pending), ticks))
    for t in pending:
        t.cancel()
    running = False
    await tick_task


asyncio.run(main())
print(ticks, result)
