# check: gather without return_exceptions raises the first error; the sibling is not cancelled by gather but by asyncio.run's end
import asyncio

finished = 0
caught = 0


async def boom():
    await asyncio.sleep(0.01)
    raise ValueError("boom")


async def slow():
    global finished
    await asyncio.sleep(0.05)
    finished = 1


async def main():
    global caught
    try:
        await asyncio.gather(boom(), slow())
    except ValueError:
        caught = 1


asyncio.run(main())
print(caught, finished)
