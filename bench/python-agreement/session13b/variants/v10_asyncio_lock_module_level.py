# Variant of p10: the asyncio.Lock made at module level (fine since Python 3.10); balance is always 200.
import asyncio

balance = 0
lock = asyncio.Lock()


async def deposit(amount):
    global balance
    async with lock:
        current = balance
        await asyncio.sleep(0.01)
        balance = current + amount


async def main():
    await asyncio.gather(deposit(100), deposit(100))
    print(f"balance: {balance}")


if __name__ == "__main__":
    asyncio.run(main())
