# Cancel-all then gather(return_exceptions=True) where one worker swallows its cancel and returns a value.
import asyncio

kinds = []


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        return "flushed"


async def plain():
    await asyncio.sleep(1)


async def failing():
    raise KeyError("k")


async def main():
    tasks = [asyncio.create_task(stubborn()), asyncio.create_task(plain()), asyncio.create_task(failing())]
    await asyncio.sleep(0)
    for t in tasks:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for r in results:
        if isinstance(r, asyncio.CancelledError):
            kinds.append("cancelled")
        elif isinstance(r, KeyError):
            kinds.append("KeyError")
        else:
            kinds.append(r)
    print(kinds)


asyncio.run(main())
