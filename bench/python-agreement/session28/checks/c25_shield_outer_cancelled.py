import asyncio

inner_done = 0
outer_cancelled = 0


async def commit() -> None:
    global inner_done
    await asyncio.sleep(0.03)
    inner_done += 1


async def handler(inner: asyncio.Task) -> None:
    await asyncio.shield(inner)


async def main() -> None:
    global outer_cancelled
    inner = asyncio.create_task(commit())
    outer = asyncio.create_task(handler(inner))
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        outer_cancelled += 1
    await inner


asyncio.run(main())
print(inner_done, outer_cancelled)
assert inner_done == 1 and outer_cancelled == 1
