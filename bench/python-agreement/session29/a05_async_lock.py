import asyncio

balance = 0


async def deposit(lock, amount, times):
    global balance
    for _ in range(times):
        async with lock:
            current = balance
            await asyncio.sleep(0)
            balance = current + amount


async def main():
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(deposit(lock, amt, 2)) for amt in (1, 10, 100)]
    for t in tasks:
        await t


asyncio.run(main())
print("balance", balance)
