import asyncio
out = []
async def f(d):
    await asyncio.sleep(d)
    return d
async def main():
    ts = [asyncio.create_task(f(0.01)), asyncio.create_task(f(0.05))]
    done, pending = await asyncio.wait(ts, timeout=0.03)
    out.append((len(done), len(pending)))
    await asyncio.wait(ts)
asyncio.run(main())
print(out)
