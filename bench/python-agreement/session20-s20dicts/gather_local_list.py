import asyncio

async def collect(word):
    out = []
    for ch in word:
        out.append(ch)
        await asyncio.sleep(0)
    return len(out)

async def main():
    return await asyncio.gather(collect("ab"), collect("ab"), collect("cd"))

r = asyncio.run(main())
assert r == [2, 2, 2], r
