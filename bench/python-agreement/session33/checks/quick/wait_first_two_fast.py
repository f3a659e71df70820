import asyncio
out = []
async def f(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n
async def main():
    ts = [asyncio.create_task(f(1)), asyncio.create_task(f(1)), asyncio.create_task(f(4))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    out.append(len(done))
    await asyncio.wait(ts)
asyncio.run(main())
print(out)
