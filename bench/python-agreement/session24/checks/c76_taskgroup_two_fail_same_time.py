"""Two TaskGroup children fail after the same sleep: how many errors reach except*, and is the third cancelled?"""
import asyncio

cancelled = 0


async def fail(delay, name):
    await asyncio.sleep(delay)
    raise ValueError(name)


async def slow():
    global cancelled
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        cancelled += 1
        raise


async def main():
    errors = 0
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(fail(0.01, "a"))
            group.create_task(fail(0.01, "b"))
            group.create_task(slow())
    except* ValueError as eg:
        errors = len(eg.exceptions)
    return errors


errors = asyncio.run(main())
print(errors, cancelled)
