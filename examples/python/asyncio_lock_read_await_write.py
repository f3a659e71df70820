"""Three deposits into one balance, each a read, an `await` (the database round trip) and a write, under
an `asyncio.Lock`: the lock keeps the read and the write of one deposit together across the await, so
every deposit counts (balance = 600). asyncio_race_read_await_write.py is the same program without it."""
import asyncio

balance = 0
lock = asyncio.Lock()


async def deposit(amount):
    global balance
    async with lock:
        current = balance
        await asyncio.sleep(0.001)  # the round trip to the database
        balance = current + amount


async def main():
    await asyncio.gather(deposit(100), deposit(200), deposit(300))


if __name__ == "__main__":
    asyncio.run(main())
    print("balance:", balance)
