# Known bug: lost update on counter (read, await, write across tasks; counter ends at 1, not 5)
import asyncio

counter = 0


async def increment(task_id):
    global counter
    value = counter
    await asyncio.sleep(0.001)  # e.g. an await on a database call
    counter = value + 1
    print(f"task {task_id} wrote {counter}")


async def main():
    await asyncio.gather(*(increment(i) for i in range(5)))
    print(f"counter = {counter} (expected 5)")


if __name__ == "__main__":
    asyncio.run(main())
