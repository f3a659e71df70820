# no bug: cancelling a task that awaits gather() cancels the gathered children too
import asyncio

stopped = []


async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        stopped.append(name)
        raise


async def parent():
    await asyncio.gather(child("a"), child("b"))


async def main():
    task = asyncio.create_task(parent())
    await asyncio.sleep(0.005)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass


asyncio.run(main())
print(sorted(stopped))
