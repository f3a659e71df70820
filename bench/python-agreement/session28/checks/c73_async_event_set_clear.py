import asyncio

got = -1


async def waiter(event: asyncio.Event) -> None:
    global got
    woke = await event.wait()
    got = int(woke)


async def main() -> None:
    event = asyncio.Event()
    task = asyncio.create_task(waiter(event))
    await asyncio.sleep(0.01)
    event.set()
    event.clear()
    await task


asyncio.run(main())
print(got)
assert got == 1
