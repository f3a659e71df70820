# ordered
# A task cancelled before it ever runs never executes its body (not even up to the first await).
import asyncio

log = []


async def worker():
    log.append("started")
    try:
        await asyncio.sleep(0.01)
    finally:
        log.append("cleanup")


async def main():
    task = asyncio.create_task(worker())
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        log.append("cancelled")
    log.append(task.cancelled())


asyncio.run(main())
print(log)
