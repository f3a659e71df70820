# A TaskGroup of three fetches; one fails and the others are cancelled. No bug.
import asyncio

events = []


async def fetch(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"{name} broke")
        events.append(f"{name} done")
    except asyncio.CancelledError:
        events.append(f"{name} cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(fetch("a", 0.01))
            group.create_task(fetch("b", 0.02, fail=True))
            group.create_task(fetch("c", 0.05))
    except* ValueError as eg:
        events.append(f"caught {len(eg.exceptions)}")


asyncio.run(main())
print(events)
