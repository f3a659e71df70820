# a task that catches CancelledError and returns normally: not cancelled(), its result is the value it returned
import asyncio

state = {}


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        return "swallowed"
    return "slept"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    result = await t
    state["result"] = result
    state["cancelled"] = t.cancelled()
    state["cancel_again"] = t.cancel()


asyncio.run(main())
print(state)
