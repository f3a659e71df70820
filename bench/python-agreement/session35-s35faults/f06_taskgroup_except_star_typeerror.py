# A TaskGroup child raises TypeError (`None > 25`) that nothing foresees at import: CPython cancels the
# siblings and raises an ExceptionGroup, which `except* TypeError` takes (caught=[1]). weft refuses the
# `except*` (it does not model that failure of the group).
import asyncio

READINGS = {"a": 21, "b": None, "c": 30}
alerts = []
caught = []


async def check(key):
    await asyncio.sleep(0.001)
    value = READINGS.get(key, 0)
    if value > 25:
        alerts.append(key)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for key in ["a", "b", "c"]:
                tg.create_task(check(key))
    except* TypeError as group:
        caught.append(len(group.exceptions))
    print(alerts, caught)


asyncio.run(main())
