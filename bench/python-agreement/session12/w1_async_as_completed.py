import asyncio
order = []
async def fetch(i):
    await asyncio.sleep(0.01 * (3 - i))
    return i
async def main():
    for coro in asyncio.as_completed([fetch(i) for i in range(3)]):
        order.append(await coro)
asyncio.run(main())
print(order[0], order[1], order[2])
