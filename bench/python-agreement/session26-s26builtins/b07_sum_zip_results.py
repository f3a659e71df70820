import asyncio

async def w(n):
    await asyncio.sleep(0)
    return n % 2 == 0

async def main():
    outcomes = await asyncio.gather(w(1), w(2), w(4))
    spent = sum(a for a, ok in zip((30, 50, 10), outcomes) if ok)
    print(spent)
    return spent

result = asyncio.run(main())
