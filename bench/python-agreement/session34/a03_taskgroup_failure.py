# asyncio.TaskGroup fan-out where one child fails: the group cancels its siblings and raises an ExceptionGroup.
import asyncio

finished = []
cancelled = []
caught = []


async def shard(n):
    try:
        await asyncio.sleep(0.001 * n)
        if n == 2:
            raise ValueError(f"shard {n} corrupt")
        finished.append(n)
    except asyncio.CancelledError:
        cancelled.append(n)
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(1, 5):
                tg.create_task(shard(n))
    except* ValueError as group:
        caught.extend(str(e) for e in group.exceptions)
    print("finished", sorted(finished), "cancelled", sorted(cancelled), "caught", caught)


asyncio.run(main())
