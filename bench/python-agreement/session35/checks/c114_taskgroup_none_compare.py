"""TaskGroup child compares None > 25 (TypeError); except* TypeError catches it (session 34 r08's family)."""
import asyncio

READINGS = {"a": 30, "b": None}
alerts = []
caught = 0


async def check(k):
    await asyncio.sleep(0)
    if READINGS[k] > 25:
        alerts.append(k)


async def main():
    global caught
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(check("a"))
            tg.create_task(check("b"))
    except* TypeError:
        caught = 1


asyncio.run(main())
print(alerts, caught)
