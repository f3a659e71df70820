# BUG: atomicity violation — cancelling a task between the debit and the credit loses money
import asyncio

accounts = {"checking": 100, "savings": 0}


async def move(amount):
    accounts["checking"] -= amount
    await asyncio.sleep(0.01)  # write the audit record
    accounts["savings"] += amount


async def main():
    task = asyncio.create_task(move(40))
    await asyncio.sleep(0.005)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("transfer cancelled")
    total = accounts["checking"] + accounts["savings"]
    print(accounts)
    assert total == 100, f"money lost: {total}"


asyncio.run(main())
