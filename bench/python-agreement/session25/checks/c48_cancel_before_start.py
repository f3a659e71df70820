# check: a task cancelled before it first runs never runs its body, not even its finally
import asyncio

trail = []


async def worker():
    try:
        trail.append("started")
        await asyncio.sleep(1)
    finally:
        trail.append("finally")


async def main():
    task = asyncio.create_task(worker())
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        trail.append("cancelled")


asyncio.run(main())
joined = " ".join(trail)
print(joined)
