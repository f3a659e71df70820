# Coffee roaster: batches roast in a TaskGroup; one batch burns (raises) and the group cancels the slow one. Bug: none.
import asyncio

roasted = []
cancelled = []
errors = []


async def roast(batch, seconds, burns=False):
    try:
        await asyncio.sleep(seconds)
        if burns:
            raise RuntimeError(f"batch {batch} burned")
        roasted.append(batch)
    except asyncio.CancelledError:
        cancelled.append(batch)
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(roast(1, 0.01))
            tg.create_task(roast(2, 0.02, burns=True))
            tg.create_task(roast(3, 0.2))
    except* RuntimeError as eg:
        errors.extend(str(e) for e in eg.exceptions)


asyncio.run(main())
print(f"roasted={roasted} cancelled={cancelled} errors={errors}")
