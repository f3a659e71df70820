# a cancel of a task awaiting gather(*[child(i) for i in range(3)]) cancels every child (the gathering future's
# cancel). CPython 3.11.7 (10 runs + 3): [0, 1, 2] every run. weft before s18cancel: len(stopped) 0 or 1 only,
# 'complete'; now every child's handler runs (and other orders of them).
import asyncio

stopped = []


async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        stopped.append(name)
        raise


async def parent():
    await asyncio.gather(*[child(i) for i in range(3)])


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
