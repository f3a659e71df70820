# BUG: atomicity violation under cancellation: the transfer is cancelled between the debit and the
# credit, and the money vanishes
import asyncio

accounts = {"alice": 100, "bob": 0}


async def transfer(source, target, amount):
    accounts[source] -= amount
    await asyncio.sleep(0.01)  # call the bank's API
    accounts[target] += amount


async def main():
    task = asyncio.create_task(transfer("alice", "bob", 40))
    await asyncio.sleep(0.005)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        pass


asyncio.run(main())
total = accounts["alice"] + accounts["bob"]
print(accounts, total)
assert total == 100, f"money lost: {100 - total}"
