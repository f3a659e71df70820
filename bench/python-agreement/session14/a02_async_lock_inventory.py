# Expected: asyncio.Lock around check-and-reserve, so exactly 3 of 5 orders succeed (inventory.stock == 0, inventory.sold == 3); no bug
import asyncio


class Inventory:
    def __init__(self, stock):
        self.stock = stock
        self.sold = 0
        self.rejected = 0
        self.lock = asyncio.Lock()

    async def reserve(self, order_id):
        async with self.lock:
            if self.stock > 0:
                await asyncio.sleep(0.001)  # talk to the payment service
                self.stock -= 1
                self.sold += 1
                return True
        self.rejected += 1
        return False


inventory = Inventory(3)


async def main():
    results = await asyncio.gather(*[inventory.reserve(i) for i in range(5)])
    print(f"results={results} stock={inventory.stock} sold={inventory.sold} rejected={inventory.rejected}")


if __name__ == "__main__":
    asyncio.run(main())
