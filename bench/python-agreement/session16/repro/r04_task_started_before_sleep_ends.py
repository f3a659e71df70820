# repro: a task created before `await asyncio.sleep(0.01)` runs before the sleep ends (asyncio runs ready tasks first)
import asyncio

started = 0


async def background():
    global started
    started = 1
    await asyncio.sleep(1)


async def main():
    task = asyncio.create_task(background())
    await asyncio.sleep(0.01)
    assert started == 1, "the background task never ran"
    task.cancel()


asyncio.run(main())
print(started)
