# wait_for(parent(), 0.005) where parent awaits gather(child a, child b): the time-out cancels parent, whose
# gather cancels both. CPython 3.11.7: ['a', 'b', 'timeout'] every run. weft before s18cancel: only 'a' stopped,
# 'complete'.
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
    try:
        await asyncio.wait_for(parent(), 0.005)
    except asyncio.TimeoutError:
        stopped.append("timeout")


asyncio.run(main())
print(stopped)
