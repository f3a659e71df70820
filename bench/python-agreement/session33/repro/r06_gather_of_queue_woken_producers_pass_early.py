# SILENT (the open family of session 31's r03/r04: the end of a gather after children woken by a
# Queue comes a pass early): two producers blocked on a bounded asyncio.Queue(maxsize=1), woken by
# main's gets, then `await asyncio.gather(*producers)`.
# CPython 3.11: ticks 11, marks [(10, 3), (11, 5), (20, 7), (21, 9), 11] every run.
# weft-start explore: 1 outcome, complete: the same marks but the last 10 (ticks=10).
import asyncio

ticks = 0
running = True
marks = []


async def ticker():
    global ticks
    while running:
        ticks += 1
        await asyncio.sleep(0)


async def main():
    global running
    q = asyncio.Queue(maxsize=1)
    tick_task = asyncio.create_task(ticker())
    await asyncio.sleep(0)

    async def producer(base):
        for n in range(2):
            await q.put(base + n)
    ps = [asyncio.create_task(producer(b)) for b in (10, 20)]
    for _ in range(4):
        marks.append((await q.get(), ticks))
    await asyncio.gather(*ps)
    marks.append(ticks)
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
