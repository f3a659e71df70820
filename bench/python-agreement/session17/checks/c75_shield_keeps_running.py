# no bug: wait_for gives up on a shielded save, but the save itself keeps running and finishes
import asyncio

saved = 0
outcome = "none"


async def save():
    global saved
    await asyncio.sleep(0.030)
    saved = 1


async def main():
    global outcome
    task = asyncio.create_task(save())
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.005)
        outcome = "saved"
    except asyncio.TimeoutError:
        outcome = "timed_out"
    await task


asyncio.run(main())
print(outcome, saved)
