import asyncio

ticks = 0
running = True
marks = []


async def ticker():
    global ticks
    while running:
        ticks += 1
        await asyncio.sleep(0)


async def quick():
    return 1


async def main():
    global running
    tick_task = asyncio.create_task(ticker())
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    marks.append(ticks)

    other = asyncio.create_task(asyncio.sleep(0))
    done, pending = await asyncio.wait([t, other], return_when=asyncio.FIRST_COMPLETED)
    marks.append((len(done), ticks))
    await other
    running = False
    await tick_task


asyncio.run(main())
print("ticks", ticks, "marks", marks)
