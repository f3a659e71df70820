# A ZeroDivisionError CPython raises in a TaskGroup task (a count that is still 0) fails the group and
# cancels the worker. CPython 3.11: log == ['caught'].
import asyncio

log = []
done = 0


async def average():
    await asyncio.sleep(0.01)
    log.append(100 // done)


async def worker():
    global done
    await asyncio.sleep(0.03)
    done += 1
    log.append("worker")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(average())
            tg.create_task(worker())
    except* ZeroDivisionError:
        log.append("caught")


asyncio.run(main())
print(log)
