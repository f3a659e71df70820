import asyncio

done = 0
caught = 0


async def boom():
    await asyncio.sleep(0.01)
    raise ValueError("boom")


async def slow():
    global done
    await asyncio.sleep(0.02)
    done = 1


async def main():
    global caught
    try:
        await asyncio.gather(boom(), slow())
    except ValueError:
        caught = 1
    await asyncio.sleep(0.05)


asyncio.run(main())
