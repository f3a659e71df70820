# a task cancelled before it first runs never runs its body
import asyncio

body_ran = 0
was_cancelled = 0


async def job():
    global body_ran
    body_ran = 1
    await asyncio.sleep(0.01)


async def main():
    global was_cancelled
    task = asyncio.create_task(job())
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        was_cancelled = 1


asyncio.run(main())
print(body_ran, was_cancelled)
