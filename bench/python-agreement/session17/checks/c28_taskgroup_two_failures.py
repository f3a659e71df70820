# no bug: two tasks of a TaskGroup fail in the same loop pass, so the ExceptionGroup holds both errors
import asyncio

errors = 0


async def bad(n):
    raise ValueError(f"bad {n}")


async def main():
    global errors
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(1))
            tg.create_task(bad(2))
    except* ValueError as group:
        errors = len(group.exceptions)


asyncio.run(main())
print("errors", errors)
