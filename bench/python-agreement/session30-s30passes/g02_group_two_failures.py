# Two TaskGroup children fail two passes apart; a third catches its CancelledError, cleans up over two
# passes and returns. Only the first failure cancels (CPython's group aborts once): the third's clean-up
# is not cancelled again by the second failure.
import asyncio

progress = 0
cleaned = 0
at_cancelled = -1
failures = 0


async def fails_after(passes):
    for _ in range(passes):
        await asyncio.sleep(0)
    raise KeyError(passes)


async def careful():
    global progress, cleaned, at_cancelled
    try:
        while True:
            progress += 1
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        at_cancelled = progress
        for _ in range(3):
            await asyncio.sleep(0)
            cleaned += 1


async def main():
    global failures
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(careful())
            tg.create_task(fails_after(1))
            tg.create_task(fails_after(2))
    except* KeyError as group:
        failures = len(group.exceptions)


asyncio.run(main())
print(at_cancelled, cleaned, failures)
