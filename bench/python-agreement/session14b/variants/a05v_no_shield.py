# Expected: without shield, wait_for's timeout cancels the save task; the later `await task` raises CancelledError (status fault, saved == 0).
import asyncio

saved = 0
timeouts = 0


async def save_to_disk():
    global saved
    await asyncio.sleep(0.03)
    saved = 1


async def main():
    global timeouts
    task = asyncio.create_task(save_to_disk())
    try:
        await asyncio.wait_for(task, timeout=0.01)
    except asyncio.TimeoutError:
        timeouts += 1
    await task
    print(f"saved={saved} timeouts={timeouts}")


asyncio.run(main())
