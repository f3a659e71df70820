# check: gather() as a value raises the first failure in time; the results are never bound
import asyncio

which = ""
got = -1


async def fail_late():
    await asyncio.sleep(0.02)
    raise KeyError("late")


async def fail_early():
    await asyncio.sleep(0.002)
    raise ValueError("early")


async def main():
    global which, got
    try:
        results = await asyncio.gather(fail_late(), fail_early())
        got = len(results)
    except KeyError:
        which = "key"
    except ValueError:
        which = "value"
    await asyncio.sleep(0.03)


asyncio.run(main())
