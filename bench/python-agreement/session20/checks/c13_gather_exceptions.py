"""asyncio.gather with return_exceptions=True, and a gather whose child fails."""
import asyncio

kinds = []
values = []
outer_error = ""
sibling_finished = 0


async def ok(x):
    await asyncio.sleep(0.001)
    return x * 2


async def bad(msg):
    await asyncio.sleep(0.001)
    raise KeyError(msg)


async def slow_sibling():
    global sibling_finished
    await asyncio.sleep(0.005)
    sibling_finished = 1


async def main():
    global outer_error
    results = await asyncio.gather(ok(1), bad("k"), ok(3), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            kinds.append(type(r).__name__)
        else:
            values.append(r)
    try:
        await asyncio.gather(bad("x"), slow_sibling())
    except KeyError as e:
        outer_error = str(e)
    await asyncio.sleep(0.01)


if __name__ == "__main__":
    asyncio.run(main())
