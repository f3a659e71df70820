"""A task that catches CancelledError and returns: `await task` gives its return value, no exception."""
import asyncio

log: list[str] = []
result_text = ""


async def worker() -> str:
    done = 0
    try:
        while True:
            await asyncio.sleep(0.01)
            done += 1
    except asyncio.CancelledError:
        log.append("shutting down")
        return f"partial after {done}"


async def main() -> None:
    global result_text
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.035)
    task.cancel()
    try:
        result_text = await task
    except asyncio.CancelledError:
        result_text = "cancelled"
    log.append("main done")


asyncio.run(main())
print(result_text, log)
