# `if not task.done(): await task` in the `finally` (the held-out session37/a02's form, without its
# `return` in the `try`): the commit ends before `handle` does, whichever way the `try` went.
import asyncio

state = {"committed": 0, "timeouts": 0, "answered": 0}


async def commit(amount):
    await asyncio.sleep(0.01)
    state["committed"] += amount
    return amount


async def handle(amount, deadline):
    task = asyncio.ensure_future(commit(amount))
    try:
        answer = await asyncio.wait_for(asyncio.shield(task), timeout=deadline)
        state["answered"] += answer
    except asyncio.TimeoutError:
        state["timeouts"] += 1
    finally:
        if not task.done():
            await task


async def main():
    await asyncio.gather(handle(40, 0.5), handle(15, 0.001), handle(5, 0.5))


asyncio.run(main())
print(state["committed"], state["timeouts"], state["answered"])
