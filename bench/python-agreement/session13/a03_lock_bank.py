# Expected: asyncio.Lock around the read-await-write makes the withdrawals safe; balance == 40 and no overdraft.
import asyncio

balance = 100


async def withdraw(lock, amount):
    global balance
    async with lock:
        if balance >= amount:
            await asyncio.sleep(0.001)
            balance -= amount


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(withdraw(lock, 30), withdraw(lock, 30), withdraw(lock, 50))


asyncio.run(main())
assert balance >= 0
print("balance", balance)
