import asyncio

state = {"open": 0, "closed": 0}


async def session():
    state["open"] += 1
    try:
        await asyncio.sleep(1)
    finally:
        await asyncio.sleep(0)
        state["closed"] += 1


async def main():
    tasks = [asyncio.create_task(session()) for _ in range(2)]
    await asyncio.sleep(0)
    tasks[0].cancel()
    await asyncio.sleep(0)
    tasks[1].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


asyncio.run(main())
print(state)
