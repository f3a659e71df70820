# An IndexError CPython raises in the body of a TaskGroup's `async with` cancels the group's task and
# waits for it before the ExceptionGroup leaves: CPython 3.11 log == ['caught'].
# Before session 21 weft went on to the handler at once and let the task run on: log == ['caught',
# 'worker done'] only, "complete" (session21/repro/r14). Now refused at the `async with`.
import asyncio

log = []
items = [1]


async def worker():
    await asyncio.sleep(0.05)
    log.append("worker done")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker())
            await asyncio.sleep(0.01)
            x = items[5]
            log.append(x)
    except* IndexError:
        log.append("caught")


asyncio.run(main())
print(log)
