# The bug: two commits, each awaited in its handler's `finally`, update the counter with a read, a
# sleep and a write: both read 0, and one commit is lost (the assert fails).
import asyncio

state = {"committed": 0}


async def commit():
    seen = state["committed"]
    await asyncio.sleep(0.002)
    state["committed"] = seen + 1


async def handle(deadline):
    task = asyncio.create_task(commit())
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=deadline)
    except asyncio.TimeoutError:
        pass
    finally:
        if not task.done():
            await task


async def main():
    await asyncio.gather(handle(0.05), handle(0.001))
    assert state["committed"] == 2, f"lost a commit: {state['committed']}"


asyncio.run(main())
print(state["committed"])
