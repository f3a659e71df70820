# no bug: cancelling a gather() future cancels all its children still running
import asyncio

stopped = []


async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        stopped.append(name)
        raise


async def main():
    group = asyncio.gather(child("a"), child("b"))
    await asyncio.sleep(0.005)
    group.cancel()
    try:
        await group
    except asyncio.CancelledError:
        stopped.append("group")


asyncio.run(main())
print(stopped)
