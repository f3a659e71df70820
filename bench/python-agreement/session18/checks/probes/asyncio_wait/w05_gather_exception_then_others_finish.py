import asyncio

finished = []
caught = 0

async def job(name, delay, fail):
    await asyncio.sleep(delay)
    if fail:
        raise KeyError(name)
    finished.append(name)

async def main():
    global caught
    t1 = asyncio.create_task(job("x", 0.001, True))
    t2 = asyncio.create_task(job("y", 0.03, False))
    try:
        await asyncio.gather(t1, t2)
    except KeyError:
        caught = 1
    await t2

asyncio.run(main())
