# Known bug: task cancelled mid critical section (debit done, credit never happens: checking + savings == 150, money lost)
import asyncio

checking = 100
savings = 100


async def transfer(amount):
    global checking, savings
    checking -= amount
    await asyncio.sleep(0.05)  # waiting on the ledger service
    savings += amount


async def main():
    task = asyncio.create_task(transfer(50))
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("transfer cancelled")
    print(f"checking={checking} savings={savings} total={checking + savings}")


asyncio.run(main())
