"""A task started inside an `if` and never awaited is still sleeping when `asyncio.run`'s coroutine
returns: CPython cancels it there, so its last append never happens; a task started in the other branch
would have been cancelled the same way."""
import asyncio

log = []
urgent = 1


async def heartbeat(name):
    log.append(name)
    await asyncio.sleep(1)
    log.append("late " + name)


async def main():
    if urgent:
        asyncio.create_task(heartbeat("fast"))
    else:
        asyncio.create_task(heartbeat("slow"))
    await asyncio.sleep(0.01)
    log.append("main done")


asyncio.run(main())
print(log)
