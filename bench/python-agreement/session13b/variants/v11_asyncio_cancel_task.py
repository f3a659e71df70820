# Variant of p11 without try/except in main; expected: a long-running task is cancelled; its finally block runs (cleaned == 1) and ticks stays below 100.
import asyncio

ticks = 0
cleaned = 0


async def ticker():
    global ticks, cleaned
    try:
        while True:
            ticks += 1
            await asyncio.sleep(0.01)
    finally:
        cleaned = 1


async def main():
    task = asyncio.create_task(ticker())
    await asyncio.sleep(0.035)
    task.cancel()
    await asyncio.sleep(0.01)
    print(f"ticks={ticks} cleaned={cleaned}")


if __name__ == "__main__":
    asyncio.run(main())
