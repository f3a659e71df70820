# no bug: cancelling the task that runs a TaskGroup cancels the group's children, whose handlers run
import asyncio

stopped = []


async def worker(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        stopped.append(name)
        raise


async def service():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker("a"))
        tg.create_task(worker("b"))


async def main():
    task = asyncio.create_task(service())
    await asyncio.sleep(0.005)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        stopped.append("service")


asyncio.run(main())
print(stopped)
