"""Two tasks of a TaskGroup fail: one ExceptionGroup holds both; a third task is cancelled."""
import asyncio

group_size = 0
cancelled = 0


async def fail_after(delay):
    await asyncio.sleep(delay)
    raise RuntimeError("boom")


async def long_task():
    global cancelled
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        cancelled += 1
        raise


async def main():
    global group_size
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_after(0.001))
            tg.create_task(fail_after(0.001))
            tg.create_task(long_task())
    except* RuntimeError as eg:
        group_size = len(eg.exceptions)


if __name__ == "__main__":
    asyncio.run(main())
