# BUG: await between read and write: two buyers both see one ticket left and both buy it (oversell)
import asyncio

inventory = {"tickets": 1}
sold_to = []


async def reserve_payment(buyer):
    await asyncio.sleep(0.001)


async def buy(buyer):
    if inventory["tickets"] > 0:
        await reserve_payment(buyer)
        inventory["tickets"] -= 1
        sold_to.append(buyer)


async def main():
    await asyncio.gather(buy("ann"), buy("ben"))


if __name__ == "__main__":
    asyncio.run(main())
    assert inventory["tickets"] >= 0, f"oversold: {', '.join(sold_to)}"
