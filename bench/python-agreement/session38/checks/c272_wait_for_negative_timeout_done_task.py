# ordered
# wait_for of a task that is already done returns its result even with timeout=0.
import asyncio

log = []


async def quick():
    return 7


async def main():
    task = asyncio.create_task(quick())
    await asyncio.sleep(0)
    log.append(task.done())
    log.append(await asyncio.wait_for(task, timeout=0))


asyncio.run(main())
print(log)
