# BUG: the `except* ValueError` around the TaskGroup does not take the TypeError of `len(None)`
"""A TaskGroup child takes `len()` of a module dict's value that is None (TypeError); the `except*
ValueError` around the group does not take it, so the ExceptionGroup leaves `main` and the program
ends with its traceback; the sibling is cancelled first. BUG: the ValueError handler was meant to
catch a bad record."""
import asyncio

RECORDS = {"a": "abc", "b": None}
sizes = []


async def measure(key, delay):
    await asyncio.sleep(delay)
    sizes.append(len(RECORDS[key]))


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(measure("a", 0.01))
            tg.create_task(measure("b", 0.001))
    except* ValueError:
        sizes.append(-1)


asyncio.run(main())
print(sizes)
