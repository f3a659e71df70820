# BUG: oversell: two buyers both see stock left, await the payment, then both take the last item
import asyncio

stock = 1
sold = 0


async def buy(buyer):
    global stock, sold
    if stock > 0:
        await asyncio.sleep(0.001)  # charge the card
        stock -= 1
        sold += 1


async def main():
    await asyncio.gather(buy("ann"), buy("bob"))


asyncio.run(main())
print("stock", stock, "sold", sold)
