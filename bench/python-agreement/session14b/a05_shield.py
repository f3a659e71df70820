# Expected: asyncio.shield keeps the save running after wait_for times out; main then awaits the task itself, so saved == 1 and timeouts == 1 (no bug).
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
        await asyncio.wait_for(asyncio.shield(task), timeout=0.01)
    except asyncio.TimeoutError:
        timeouts += 1
    await task
    print(f"saved={saved} timeouts={timeouts}")


asyncio.run(main())
