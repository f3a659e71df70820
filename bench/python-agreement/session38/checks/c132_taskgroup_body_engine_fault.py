# ordered
# A KeyError in the body of a TaskGroup: the group cancels its child and raises an ExceptionGroup.
import asyncio

log = []
prices = {"tea": 3}


async def child():
    try:
        await asyncio.sleep(0.05)
        log.append("child done")
    except asyncio.CancelledError:
        log.append("child cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(0.01)
            log.append(prices["cake"])
    except* KeyError:
        log.append("caught")


asyncio.run(main())
print(log)
