# ordered
# A bare `except:` does catch CancelledError; the task then finishes normally (not cancelled).
import asyncio

log = []


async def worker():
    try:
        await asyncio.sleep(1)
    except:  # noqa: E722
        log.append("caught")
    return "done"


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    task.cancel()
    log.append(await task)
    log.append(task.cancelled())


asyncio.run(main())
print(log)
