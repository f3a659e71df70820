# silent error: cancelling a task that awaits asyncio.gather(...) cancels the gathered children (gather's future
# propagates the cancel), whose handlers run: CPython stopped=['a', 'b'] 10/10. weft (complete) lists only
# len(stopped)=0: its import cancels the parent's wait only; the children sleep on and asyncio.run's end does not cancel them.
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
