import asyncio


class Inventory:
    def __init__(self, stock):
        self.stock = stock
        self.lock = asyncio.Lock()
        self.sold = []

    async def buy(self, customer, qty):
        async with self.lock:
            if self.stock < qty:
                return False
            await asyncio.sleep(0.001)
            self.stock -= qty
            self.sold.append(customer)
            return True


async def main():
    inv = Inventory(5)
    orders = [("ann", 2), ("ben", 2), ("cat", 2), ("dan", 1)]
    ok = await asyncio.gather(*(inv.buy(c, q) for c, q in orders))
    print(dict(zip([c for c, _ in orders], ok)))
    print("stock left:", inv.stock, "sold to:", inv.sold)
    assert inv.stock >= 0


asyncio.run(main())
