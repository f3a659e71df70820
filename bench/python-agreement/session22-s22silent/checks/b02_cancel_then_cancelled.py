import asyncio

state = []


async def worker():
    await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        state.append("caught")
    state.append(1 if t.cancelled() else 0)


asyncio.run(main())
