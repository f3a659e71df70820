# Check: asyncio.shield keeps the inner task running when the waiter is cancelled by wait_for. Bug: none.
import asyncio

inner_done = 0
outer_timed_out = 0


async def save():
    global inner_done
    await asyncio.sleep(0.03)
    inner_done += 1


async def main():
    global outer_timed_out
    inner = asyncio.create_task(save())
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.01)
    except asyncio.TimeoutError:
        outer_timed_out += 1
    await inner


asyncio.run(main())
print(f"inner_done={inner_done} outer_timed_out={outer_timed_out}")
