# variant of a10 (@dataclass refused): a plain class with __init__ -- bug: check-then-act across an await -- three buyers all see one ticket left and all buy it
import asyncio


class Inventory:
    def __init__(self):
        self.tickets = 1
        self.sold = 0


inventory = Inventory()


async def buy(customer_id):
    if inventory.tickets > 0:
        await asyncio.sleep(0.001)  # charge the card
        inventory.tickets -= 1
        inventory.sold += 1


async def main():
    await asyncio.gather(*(buy(i) for i in range(3)))


asyncio.run(main())
print(f"sold {inventory.sold}, left {inventory.tickets}")
