import asyncio

progress = 0
at_return = -1


async def fails():
    await asyncio.sleep(0)
    raise RuntimeError("x")


async def worker():
    global progress
    for _ in range(10):
        progress += 1
        await asyncio.sleep(0)


async def main():
    global at_return
    w = asyncio.create_task(worker())
    try:
        await asyncio.create_task(fails())
    except RuntimeError:
        at_return = progress


asyncio.run(main())
print(at_return, progress)
