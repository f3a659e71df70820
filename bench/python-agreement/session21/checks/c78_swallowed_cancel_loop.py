# a worker that swallows CancelledError keeps running; a second cancel stops it
import asyncio

ticks = 0
swallowed = 0


async def stubborn():
    global ticks, swallowed
    while True:
        try:
            await asyncio.sleep(0.01)
            ticks += 1
        except asyncio.CancelledError:
            swallowed += 1
            if swallowed == 2:
                raise


async def main():
    task = asyncio.create_task(stubborn())
    await asyncio.sleep(0.025)
    task.cancel()
    await asyncio.sleep(0.025)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass


asyncio.run(main())
print(ticks, swallowed)
