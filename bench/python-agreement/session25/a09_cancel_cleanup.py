import asyncio

events = []


async def stream(name, chunks):
    try:
        for i in range(chunks):
            await asyncio.sleep(0.01)
            events.append(f"{name}#{i}")
        return name
    except asyncio.CancelledError:
        events.append(f"{name} cancelled")
        raise
    finally:
        events.append(f"{name} closed")


async def main():
    short = asyncio.create_task(stream("short", 2))
    long = asyncio.create_task(stream("long", 50))
    await asyncio.sleep(0.035)
    long.cancel()
    results = await asyncio.gather(short, long, return_exceptions=True)
    print([r if isinstance(r, str) else type(r).__name__ for r in results])
    print(long.cancelled(), short.cancelled())
    for e in events:
        if "closed" in e or "cancelled" in e:
            print(e)


asyncio.run(main())
