"""A task compares None > 25 (TypeError), caught by the coroutine that awaits it."""
import asyncio

TEMPS = {"x": 30, "y": None}
alerts = []
errors = 0


async def check(k):
    await asyncio.sleep(0)
    return TEMPS[k] > 25


async def main():
    global errors
    for k in ("x", "y"):
        try:
            if await check(k):
                alerts.append(k)
        except TypeError:
            errors += 1


asyncio.run(main())
print(alerts, errors)
