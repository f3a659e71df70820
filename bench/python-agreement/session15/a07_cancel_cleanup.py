# no bug: a cancelled task runs its finally block before it ends
import asyncio

ticks = 0
cleaned_up = 0
was_cancelled = 0


async def heartbeat():
    global ticks, cleaned_up
    try:
        while True:
            ticks += 1
            await asyncio.sleep(0.01)
    finally:
        cleaned_up = 1


async def main():
    global was_cancelled
    task = asyncio.create_task(heartbeat())
    await asyncio.sleep(0.035)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        was_cancelled = 1


asyncio.run(main())
assert cleaned_up == 1
