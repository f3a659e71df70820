"""asyncio runs ready tasks in FIFO order: three tasks that append without awaiting, then after sleep(0)."""
import asyncio

order = []


async def step(n):
    order.append(n)
    await asyncio.sleep(0)
    order.append(n + 10)


async def main():
    tasks = [asyncio.create_task(step(n)) for n in range(3)]
    await asyncio.gather(*tasks)


if __name__ == "__main__":
    asyncio.run(main())
