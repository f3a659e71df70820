# BUG: deadlock: two coroutines take the inventory and ledger locks in opposite order
import asyncio

inventory = {"widget": 5}
ledger = []


async def sell(inv_lock, ledger_lock, qty):
    async with inv_lock:
        await asyncio.sleep(0)  # check the warehouse
        async with ledger_lock:
            inventory["widget"] -= qty
            ledger.append(("sale", qty))


async def restock(inv_lock, ledger_lock, qty):
    async with ledger_lock:
        await asyncio.sleep(0)  # write the purchase order
        async with inv_lock:
            inventory["widget"] += qty
            ledger.append(("restock", qty))


async def main():
    inv_lock, ledger_lock = asyncio.Lock(), asyncio.Lock()
    tasks = [
        asyncio.create_task(sell(inv_lock, ledger_lock, 2)),
        asyncio.create_task(restock(inv_lock, ledger_lock, 10)),
    ]
    done, pending = await asyncio.wait(tasks, timeout=0.1)
    for t in pending:
        t.cancel()
    print("completed:", len(done), "stuck:", len(pending))
    print("inventory:", inventory, "ledger:", ledger)


asyncio.run(main())
