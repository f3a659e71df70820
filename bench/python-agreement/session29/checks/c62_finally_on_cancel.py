import asyncio

cleaned = 0
steps = 0


async def worker():
    global cleaned, steps
    try:
        while True:
            steps += 1
            await asyncio.sleep(0.004)
    finally:
        cleaned = 1


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        pass


asyncio.run(main())
print(cleaned, steps)
