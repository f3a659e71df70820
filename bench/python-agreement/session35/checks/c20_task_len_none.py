"""len(None) inside an awaited task: TypeError caught by the awaiting coroutine."""
import asyncio

PAYLOADS = {"x": [1, 2], "y": None}
sizes = []
errors = 0


async def measure(key):
    await asyncio.sleep(0)
    return len(PAYLOADS[key])


async def main():
    global errors
    for key in ("x", "y"):
        task = asyncio.create_task(measure(key))
        try:
            sizes.append(await task)
        except TypeError:
            errors += 1


asyncio.run(main())
print(sizes, errors)
