# Known bug: asyncio.Lock guards only the read of balance; the await between read and write lets two deposits interleave and one is lost (balance == 110 or 120 instead of 130).
import asyncio

balance = 100
lock = None


async def deposit(amount):
    global balance
    async with lock:
        current = balance
    await asyncio.sleep(0.01)  # call the payment gateway
    balance = current + amount


async def main():
    global lock
    lock = asyncio.Lock()
    await asyncio.gather(deposit(10), deposit(20))
    print(f"balance: {balance}")


asyncio.run(main())
