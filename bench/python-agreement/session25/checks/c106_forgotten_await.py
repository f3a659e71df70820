# check: calling a coroutine function without await (or create_task) never runs its body
import asyncio

log = []


async def record(item):
    log.append(item)


async def main():
    record("lost")
    await record("kept")
    await asyncio.sleep(0.01)


asyncio.run(main())
count = len(log)
print(log)
