# A task that catches CancelledError and returns a value: it ends normally, not cancelled.
import asyncio

states = []


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        return "kept"
    return "slept"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    value = await t
    states.append(value)
    states.append(t.cancelled())
    print(states)


asyncio.run(main())
