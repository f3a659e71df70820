# wait_for(t, 0.01) of a task that sleeps 1 s: the time-out cancels t and waits for it to end
import asyncio

state = {}


async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        state["slow saw"] = "cancel"
        raise


async def main():
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(t, timeout=0.01)
    except asyncio.TimeoutError:
        state["main"] = "timeout"
    state["t_done_at_once"] = t.done()


asyncio.run(main())
print(state)
