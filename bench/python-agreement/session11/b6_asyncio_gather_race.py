"""A shared dict of balances updated across an await: lost update."""
import asyncio

balances = {1: 100, 2: 100}


async def move(src, dst, amount):
    s = balances[src]
    d = balances[dst]
    await asyncio.sleep(0)
    balances[src] = s - amount
    balances[dst] = d + amount


async def main():
    await asyncio.gather(move(1, 2, 10), move(2, 1, 20))


asyncio.run(main())
print(balances[1] + balances[2])
