# ordered
# Cancelling a task that awaits asyncio.wait(...) does not cancel the tasks it waits for.
import asyncio

log = []


async def child():
    await asyncio.sleep(0.03)
    log.append("child finished")


async def waiter(task):
    await asyncio.wait([task])


async def main():
    task = asyncio.create_task(child())
    w = asyncio.create_task(waiter(task))
    await asyncio.sleep(0.01)
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)
    await task
    log.append(task.cancelled())


asyncio.run(main())
print(log)
