# ordered
# Cancelling a task that awaits shield(task) does not cancel the shielded task.
import asyncio

log = []


async def save():
    await asyncio.sleep(0.03)
    log.append("saved")


async def outer(task):
    await asyncio.shield(task)


async def main():
    task = asyncio.create_task(save())
    wrapper = asyncio.create_task(outer(task))
    await asyncio.sleep(0.01)
    wrapper.cancel()
    await asyncio.gather(wrapper, return_exceptions=True)
    await task
    log.append(task.cancelled())


asyncio.run(main())
print(log)
