"""asyncio_lock_read_await_write.py without its lock: each deposit reads the balance, awaits, and writes
what it read plus its amount, so a deposit that read before another one wrote loses that one's update.
Coroutines are switched out only at an `await`, but the `await` between the read and the write is enough."""
import asyncio

balance = 0


async def deposit(amount):
    global balance
    current = balance
    await asyncio.sleep(0.001)  # the round trip to the database
    balance = current + amount


async def main():
    await asyncio.gather(deposit(100), deposit(200), deposit(300))


if __name__ == "__main__":
    asyncio.run(main())
    print("balance:", balance)
