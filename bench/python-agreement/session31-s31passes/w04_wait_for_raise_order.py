# wait_for of a coroutine that raises: main's handler runs two passes after the raise, after a watcher
# that logs on the pass after.
import asyncio

log = []


async def failing():
    await asyncio.sleep(0)
    log.append("raised")
    raise KeyError("x")


async def watcher():
    for _ in range(3):
        await asyncio.sleep(0)
        log.append("tick")


async def main():
    w = asyncio.create_task(watcher())
    try:
        await asyncio.wait_for(failing(), timeout=1)
    except KeyError:
        log.append("caught")
    await w


asyncio.run(main())
print(log)
