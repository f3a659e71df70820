# an implicit exception (IndexError) in a TaskGroup's body: tasks cancelled, except* IndexError catches it
import asyncio

log = []
items = [1]


async def worker():
    try:
        await asyncio.sleep(0.05)
        log.append("worker done")
    except asyncio.CancelledError:
        log.append("worker cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker())
            await asyncio.sleep(0.01)
            x = items[5]
    except* IndexError:
        log.append("caught")


asyncio.run(main())
print(log)
