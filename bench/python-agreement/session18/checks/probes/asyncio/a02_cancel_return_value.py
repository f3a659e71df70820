import asyncio

flags = []

async def nap():
    await asyncio.sleep(0.5)

async def main():
    t = asyncio.create_task(nap())
    await asyncio.sleep(0)
    first = t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        pass
    second = t.cancel()
    flags.append(1 if first else 0)
    flags.append(1 if second else 0)

asyncio.run(main())
