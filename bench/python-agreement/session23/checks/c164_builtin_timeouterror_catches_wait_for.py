# check: in 3.11 asyncio.TimeoutError is the builtin TimeoutError: `except TimeoutError:` catches wait_for's
import asyncio

res = []


async def slow():
    await asyncio.sleep(1)


async def main():
    try:
        await asyncio.wait_for(slow(), 0.01)
    except TimeoutError:
        res.append(1)


asyncio.run(main())
