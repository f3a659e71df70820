# wait_for(event.wait(), t) set by another task; a ticker counts the passes until main resumes.
import asyncio

ticks = 0
resumed_at = -1
flag = -1


async def ticker():
    global ticks
    for _ in range(10):
        ticks += 1
        await asyncio.sleep(0)


async def setter(ev):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    ev.set()


async def main():
    global resumed_at, flag
    ev = asyncio.Event()
    t = asyncio.create_task(ticker())
    s = asyncio.create_task(setter(ev))
    try:
        await asyncio.wait_for(ev.wait(), timeout=1)
        flag = 1
    except asyncio.TimeoutError:
        flag = 0
    resumed_at = ticks
    await t
    await s


asyncio.run(main())
print(ticks, resumed_at, flag)
