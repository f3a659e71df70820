# Match riders to drivers in a TaskGroup; one region's matcher fails, the group cancels the others and
# the failure is reported through except*.
import asyncio

matched = []
cancelled = []


class NoDriversError(Exception):
    pass


async def match_region(region, delay, drivers):
    try:
        await asyncio.sleep(delay)
        if drivers == 0:
            raise NoDriversError(region)
        matched.append(region)
    except asyncio.CancelledError:
        cancelled.append(region)
        raise


async def main():
    failures = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(match_region("downtown", 0.001, 4))
            tg.create_task(match_region("airport", 0.003, 0))
            tg.create_task(match_region("suburbs", 0.05, 2))
    except* NoDriversError as group:
        failures = [str(exc) for exc in group.exceptions]
    return failures


failures = asyncio.run(main())
print(f"matched={matched} failures={failures} cancelled={cancelled}")
