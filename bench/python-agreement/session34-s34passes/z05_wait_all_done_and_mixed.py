# asyncio.wait (ALL_COMPLETED) over tasks that had all ended before the call takes two passes in
# CPython (each done task's _on_completion is scheduled at the call, the last sets the waiter, whose
# callback wakes main); over a done task and a running one, two passes after the running one's end.
import asyncio

ticks = 0
running = True
marks = []


async def ticker():
    global ticks
    while running:
        ticks += 1
        await asyncio.sleep(0)


async def quick(n):
    return n


async def two_steps():
    await asyncio.sleep(0)
    return 2


async def main():
    global running
    tick_task = asyncio.create_task(ticker())
    a = asyncio.create_task(quick(1))
    b = asyncio.create_task(quick(2))
    await asyncio.sleep(0)
    done, pending = await asyncio.wait([a, b])
    marks.append((len(done), ticks))
    c = asyncio.create_task(quick(3))
    await asyncio.sleep(0)
    d = asyncio.create_task(two_steps())
    done, pending = await asyncio.wait([c, d])
    marks.append((len(done), ticks))
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
