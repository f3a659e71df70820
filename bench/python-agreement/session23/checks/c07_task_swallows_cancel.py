# check: a task that catches CancelledError and returns is not cancelled(); its result is the returned value
import asyncio

outcome = []


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        return 5
    return 1


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    t.cancel()
    value = await t
    outcome.append(value)
    outcome.append(int(t.cancelled()))


asyncio.run(main())
