# a hand-made future's done() and result(): pending at first, then done with its value after the setter
# task ran; a ticker counts the passes
import asyncio

ticks = 0
seen = []


async def ticker():
    global ticks
    for _ in range(5):
        ticks += 1
        await asyncio.sleep(0)


async def setter(target):
    await asyncio.sleep(0)
    target.set_result(42)


async def main():
    tick = asyncio.create_task(ticker())
    fut = asyncio.get_running_loop().create_future()
    asyncio.create_task(setter(fut))
    seen.append(fut.done())
    await asyncio.sleep(0)
    seen.append(fut.done())
    await asyncio.sleep(0)
    seen.append(fut.done())
    if fut.done():
        seen.append(fut.result())
    seen.append(ticks)
    await tick


asyncio.run(main())
print(seen)
