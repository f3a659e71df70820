"""A TaskGroup's children compare a module dict's readings with a limit; one reading is None, so its
child raises TypeError (`None > 25`), CPython cancels the sibling still sleeping and the group raises an
ExceptionGroup that `except* TypeError` takes. Before session 36 weft ended the group normally
(`caught` stayed 0, "complete")."""
import asyncio

READINGS = {"north": 30, "south": None, "east": 12}
alerts = []
caught = []
cancelled = []


async def check(site, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        cancelled.append(site)
        raise
    if READINGS[site] > 25:
        alerts.append(site)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(check("north", 0.001))
            tg.create_task(check("south", 0.002))
            tg.create_task(check("east", 0.05))
    except* TypeError as group:
        caught.append(len(group.exceptions))


asyncio.run(main())
print(alerts, caught, cancelled)
