import asyncio
out = []
async def f(d):
    await asyncio.sleep(d)
    return d
async def main():
    ts = [asyncio.create_task(f(0.01)), asyncio.create_task(f(0.01)), asyncio.create_task(f(0.2))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    out.append(len(done))
    await asyncio.wait(ts)
asyncio.run(main())
print(out)
