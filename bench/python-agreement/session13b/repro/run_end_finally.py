# CPython: asyncio.run cancels the tasks still pending when main() returns and waits for them: their finally runs.
import asyncio

never = asyncio.Event()
cleaned = 0


async def worker():
    global cleaned
    try:
        await never.wait()
    finally:
        cleaned = 1


async def main():
    asyncio.create_task(worker())
    await asyncio.sleep(0.01)


if __name__ == "__main__":
    asyncio.run(main())
