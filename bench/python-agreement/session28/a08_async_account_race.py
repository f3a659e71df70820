# BUG: lost update: deposit and withdraw read the balance, await, then write it back (atomicity violation)
import asyncio

balance = 100


async def deposit(amount: int) -> None:
    global balance
    current = balance
    await asyncio.sleep(0.001)  # talk to the ledger service
    balance = current + amount


async def withdraw(amount: int) -> None:
    global balance
    current = balance
    if current >= amount:
        await asyncio.sleep(0.001)
        balance = current - amount


async def main() -> None:
    await asyncio.gather(deposit(50), withdraw(30), deposit(20))


asyncio.run(main())
print(f"balance={balance}")
assert balance == 140, f"balance is {balance}"
