# Expected: in an asyncio.TaskGroup one task fails, the slow sibling is cancelled (completed == 1, cancelled == 1, errors == 1); no bug
# Variant of a08_taskgroup_failure.py: except* ValidationError replaced by except Exception
import asyncio

completed = 0
cancelled = 0
errors = 0


class ValidationError(Exception):
    pass


async def quick():
    global completed
    await asyncio.sleep(0.001)
    completed += 1


async def slow():
    global completed, cancelled
    try:
        await asyncio.sleep(1)
        completed += 1
    except asyncio.CancelledError:
        cancelled += 1
        raise


async def failing():
    await asyncio.sleep(0.01)
    raise ValidationError("bad record")


async def main():
    global errors
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(quick())
            tg.create_task(slow())
            tg.create_task(failing())
    except Exception:
        errors += 1
    print(f"completed={completed} cancelled={cancelled} errors={errors}")


asyncio.run(main())
