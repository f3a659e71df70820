# Two shoppers reserve from a stock; the check and the decrement straddle an await. Bug: oversell.
import asyncio

stock = {"lamp": 1}
sold = []


async def buy(shopper):
    if stock["lamp"] > 0:
        await asyncio.sleep(0.001)  # payment
        stock["lamp"] -= 1
        sold.append(shopper)


async def main():
    await asyncio.gather(buy("ann"), buy("ben"))


asyncio.run(main())
print(stock, sold)
