import asyncio
out = []
async def f(n):
    await asyncio.sleep(0)
    return n
async def main():
    res = await asyncio.gather(f(1), f(2))
    out.append(2 in res)
    a, b = res
    out.append(a + b)
    out.append(res.index(2))
asyncio.run(main())
print(out)
