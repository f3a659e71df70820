# A task that raises and is awaited inside try: main catches; a second task's result is kept.
import asyncio

caught = 0
value = 0


async def fails():
    await asyncio.sleep(0)
    raise LookupError("x")


async def works():
    await asyncio.sleep(0)
    return 7


async def main():
    global caught, value
    t1 = asyncio.create_task(fails())
    t2 = asyncio.create_task(works())
    try:
        await t1
    except LookupError:
        caught += 1
    value = await t2


asyncio.run(main())
