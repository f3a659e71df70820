# Check: TaskGroup with two failing children: except* gets both; a sibling is cancelled. Bug: none.
import asyncio

errs = []
cancelled = 0


async def fail(kind, delay):
    await asyncio.sleep(delay)
    raise kind("x")


async def slow():
    global cancelled
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        cancelled += 1
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError, 0.01))
            tg.create_task(fail(KeyError, 0.01))
            tg.create_task(slow())
    except* ValueError as eg:
        errs.append(f"V{len(eg.exceptions)}")
    except* KeyError as eg:
        errs.append(f"K{len(eg.exceptions)}")


asyncio.run(main())
print(f"errs={errs} cancelled={cancelled}")
