# ordered
# `except Exception:` does not catch CancelledError (a BaseException since 3.8): the cancel goes through.
import asyncio

log = []


async def worker():
    try:
        await asyncio.sleep(1)
        log.append("finished")
    except Exception:
        log.append("swallowed")
    log.append("after try")


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    log.append(task.cancelled())


asyncio.run(main())
print(log)
