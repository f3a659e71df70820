# no bug: one task fails, TaskGroup cancels the slow sibling and raises an ExceptionGroup handled with except*
import asyncio

events = []


async def flaky():
    await asyncio.sleep(0.01)
    raise ConnectionError("reset by peer")


async def slow():
    try:
        await asyncio.sleep(1)
        events.append("slow finished")
    except asyncio.CancelledError:
        events.append("slow cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(flaky())
            tg.create_task(slow())
    except* ConnectionError as eg:
        events.append(f"caught {len(eg.exceptions)} ConnectionError")


asyncio.run(main())
print(events)
assert events == ["slow cancelled", "caught 1 ConnectionError"]
