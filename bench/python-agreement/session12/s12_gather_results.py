import asyncio
async def square(x):
    await asyncio.sleep(0.01 * x)
    return x * x
async def main():
    results = await asyncio.gather(*(square(i) for i in range(4)))
    print(sum(results))
asyncio.run(main())
