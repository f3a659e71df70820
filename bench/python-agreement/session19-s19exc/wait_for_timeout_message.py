# CPython 3.11.7, 10 of 10 runs: ok, seen ['[]', 'TimeoutError', 'bad 1', 1]; weft: the same, 1 outcome, complete within the 20 ms time window.
# asyncio.wait_for's TimeoutError has an empty message and no arguments; a coroutine's own ValueError
# keeps its message; both through gather(return_exceptions=True) and an except ... as.
import asyncio

seen = []


async def slow():
    await asyncio.sleep(0.05)
    return 1


async def bad(n):
    await asyncio.sleep(0.001)
    raise ValueError(f"bad {n}")


async def main():
    try:
        await asyncio.wait_for(slow(), 0.01)
    except asyncio.TimeoutError as e:
        seen.append(f"[{e}]")
        seen.append(type(e).__name__)
    results = await asyncio.gather(bad(1), slow(), return_exceptions=True)
    for r in results:
        if isinstance(r, ValueError):
            seen.append(str(r))
        else:
            seen.append(r)


asyncio.run(main())
