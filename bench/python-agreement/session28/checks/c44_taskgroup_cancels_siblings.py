import asyncio

sibling_finished = 0
sibling_cancelled = 0
group_errors = 0


async def fail() -> None:
    await asyncio.sleep(0.01)
    raise ValueError("bad")


async def sibling() -> None:
    global sibling_finished, sibling_cancelled
    try:
        await asyncio.sleep(0.05)
        sibling_finished = 1
    except asyncio.CancelledError:
        sibling_cancelled = 1
        raise


async def main() -> None:
    global group_errors
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail())
            tg.create_task(sibling())
    except* ValueError as eg:
        group_errors = len(eg.exceptions)


asyncio.run(main())
print(sibling_finished, sibling_cancelled, group_errors)
assert sibling_finished == 0 and sibling_cancelled == 1 and group_errors == 1
