# bug: check-then-act across an await -- three buyers all see one ticket left and all buy it
import asyncio
from dataclasses import dataclass


@dataclass
class Inventory:
    tickets: int = 1
    sold: int = 0


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
