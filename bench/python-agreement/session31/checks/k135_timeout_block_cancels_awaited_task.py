# `async with asyncio.timeout(0.01): await t` of a task that sleeps 1 s: the time-out cancels t as well
import asyncio

state = {}


async def slow():
    try:
        await asyncio.sleep(1)
        return "finished"
    except asyncio.CancelledError:
        state["slow saw"] = "cancel"
        raise


async def main():
    t = asyncio.create_task(slow())
    try:
        async with asyncio.timeout(0.01):
            await t
    except TimeoutError:
        state["main"] = "timeout"
    await asyncio.sleep(0)
    state["t_cancelled"] = t.cancelled()


asyncio.run(main())
print(state)
