import asyncio

order = []


async def sleeper(n, d):
    await asyncio.sleep(d)
    order.append(n)


async def main():
    await asyncio.gather(sleeper(1, 0.006), sleeper(2, 0.001), asyncio.wait_for(sleeper(3, 1), timeout=0.003))


try:
    asyncio.run(main())
except asyncio.TimeoutError:
    order.append(-1)
print(order)
