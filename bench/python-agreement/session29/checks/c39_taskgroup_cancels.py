# a TaskGroup cancels its other tasks when one fails
import asyncio

done = []
caught = 0


async def fail_soon():
    await asyncio.sleep(0.001)
    raise KeyError("k")


async def long_job():
    try:
        await asyncio.sleep(0.05)
        done.append(1)
    except asyncio.CancelledError:
        done.append(-1)
        raise


async def main():
    global caught
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_soon())
            tg.create_task(long_job())
    except* KeyError:
        caught = 1


asyncio.run(main())
print(caught, done)
