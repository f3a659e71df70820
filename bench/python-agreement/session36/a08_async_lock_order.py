# BUG: deadlock: two coroutines take the inventory and the ledger asyncio.Locks in opposite orders,
# awaiting between the two acquisitions, so each holds one lock and waits for the other forever.
import asyncio

stock = {"widget": 10}
ledger = []


async def sell(inventory_lock, ledger_lock, count):
    async with inventory_lock:
        await asyncio.sleep(0.001)
        async with ledger_lock:
            stock["widget"] -= count
            ledger.append(("sell", count))


async def restock(inventory_lock, ledger_lock, count):
    async with ledger_lock:
        await asyncio.sleep(0.001)
        async with inventory_lock:
            stock["widget"] += count
            ledger.append(("restock", count))


async def main():
    inventory_lock = asyncio.Lock()
    ledger_lock = asyncio.Lock()
    await asyncio.gather(
        sell(inventory_lock, ledger_lock, 3),
        restock(inventory_lock, ledger_lock, 5),
    )


asyncio.run(main())
widgets = stock["widget"]
print(f"widgets={widgets} ledger={sorted(ledger)}")
