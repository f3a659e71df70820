# Expected: the same read-await-write under asyncio.Lock; balance is always 200.
import asyncio

balance = 0
lock = None


async def deposit(amount):
    global balance
    async with lock:
        current = balance
        await asyncio.sleep(0.01)
        balance = current + amount


async def main():
    global lock
    lock = asyncio.Lock()
    await asyncio.gather(deposit(100), deposit(100))
    print(f"balance: {balance}")


if __name__ == "__main__":
    asyncio.run(main())
