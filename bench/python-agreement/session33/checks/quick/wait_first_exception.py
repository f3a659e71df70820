import asyncio
out = []
async def f(n, bad):
    for _ in range(n):
        await asyncio.sleep(0)
    if bad:
        raise ValueError(n)
    return n
async def main():
    ts = [asyncio.create_task(f(1, True)), asyncio.create_task(f(2, False)), asyncio.create_task(f(5, False))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    out.append(len(done))
    for t in ts:
        t.cancel()
    await asyncio.gather(*ts, return_exceptions=True)
asyncio.run(main())
print(out)
