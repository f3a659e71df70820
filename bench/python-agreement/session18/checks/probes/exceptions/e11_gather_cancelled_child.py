import asyncio

kinds = []

async def slow():
    await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(slow())
    await asyncio.sleep(0.001)
    t.cancel()
    results = await asyncio.gather(t, return_exceptions=True)
    for r in results:
        if isinstance(r, asyncio.CancelledError):
            kinds.append("cancelled")
        else:
            kinds.append("other")

asyncio.run(main())
