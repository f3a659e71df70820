# check: gather() raises the exception of the child that fails first in time, not the first argument's
import asyncio

which = ""


async def fail_late():
    await asyncio.sleep(0.02)
    raise ValueError("late")


async def fail_early():
    await asyncio.sleep(0.002)
    raise ValueError("early")


async def main():
    global which
    try:
        await asyncio.gather(fail_late(), fail_early())
    except ValueError as e:
        which = str(e)
    await asyncio.sleep(0.03)


asyncio.run(main())
