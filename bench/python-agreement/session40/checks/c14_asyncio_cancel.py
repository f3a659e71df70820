# Check: cancelling a task: CancelledError inside, cancelled(), a cleanup in except that re-raises. Bug: none.
import asyncio

steps = []
was_cancelled = None
caught = 0


async def slow():
    try:
        await asyncio.sleep(1)
        steps.append("done")
    except asyncio.CancelledError:
        steps.append("cleanup")
        raise


async def main():
    global was_cancelled, caught
    t = asyncio.create_task(slow())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        caught += 1
    was_cancelled = t.cancelled()


asyncio.run(main())
print(f"steps={steps} was_cancelled={was_cancelled} caught={caught}")
