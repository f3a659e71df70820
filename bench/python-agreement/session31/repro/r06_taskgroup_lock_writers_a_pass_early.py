# CPython 3.11: at_closed=6 (every run). weft-start: at_closed=5 only, "complete". r03 through a TaskGroup: two writers share an
# asyncio.Lock around a log; the second waits for the first and returns right after its write; a ticker counts passes.
import asyncio

ticks = 0
at_closed = -1
lines = []


async def ticker():
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0)


async def flush():
    await asyncio.sleep(0)


async def writer(lock, name, slow):
    async with lock:
        lines.append(f"{name} start")
        if slow:
            await flush()
            await flush()
        lines.append(f"{name} end")


async def main():
    global at_closed
    tick = asyncio.create_task(ticker())
    lock = asyncio.Lock()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(writer(lock, "first", True))
        tg.create_task(writer(lock, "second", False))
    at_closed = ticks
    tick.cancel()


asyncio.run(main())
print(at_closed, len(lines))
