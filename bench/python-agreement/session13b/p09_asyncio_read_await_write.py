# Known bug: deposit reads balance, awaits, then writes; without the lock two deposits lose one (balance 100).
import asyncio

balance = 0


async def deposit(amount):
    global balance
    current = balance
    await asyncio.sleep(0.01)
    balance = current + amount


async def main():
    await asyncio.gather(deposit(100), deposit(100))
    print(f"balance: {balance}")


if __name__ == "__main__":
    asyncio.run(main())
