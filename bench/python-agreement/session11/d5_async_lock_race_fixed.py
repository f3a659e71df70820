import asyncio

stock = 1
sold = 0


async def buy(lock):
    global stock, sold
    async with lock:
        if stock > 0:
            await asyncio.sleep(0.001)
            stock -= 1
            sold += 1


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(buy(lock) for _ in range(3)))


asyncio.run(main())
assert stock == 0 and sold == 1
print(stock, sold)
