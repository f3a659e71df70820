# ordered
# The other way: `except concurrent.futures.CancelledError` around `await task` of a cancelled asyncio
# task does not catch asyncio's CancelledError; `except BaseException` then does.
import asyncio
import concurrent.futures

log = []


async def sleeper():
    await asyncio.sleep(1)


async def main():
    task = asyncio.create_task(sleeper())
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        try:
            await task
        except concurrent.futures.CancelledError:
            log.append("caught as concurrent.futures'")
    except BaseException as e:
        log.append(f"escaped {type(e).__module__}")


asyncio.run(main())
print(log)
