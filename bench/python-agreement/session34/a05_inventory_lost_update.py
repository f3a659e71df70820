# BUG: two async order handlers read the stock, await a (simulated) payment check, then write stock - qty:
# the await between the read and the write lets the other handler's write be lost (oversell).
import asyncio

stock = {"widget": 5}
sold = []


async def check_payment(customer):
    await asyncio.sleep(0.001)
    return True


async def order(customer, qty):
    available = stock["widget"]
    if available < qty:
        return
    if await check_payment(customer):
        stock["widget"] = available - qty
        sold.append(qty)


async def main():
    await asyncio.gather(order("ann", 3), order("bob", 4))
    units_sold = sum(sold)
    print("stock", stock, "sold", units_sold)
    assert stock["widget"] + units_sold == 5, "oversold"


asyncio.run(main())
