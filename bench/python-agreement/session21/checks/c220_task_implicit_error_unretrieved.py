# a task failing implicitly (IndexError) and never awaited does not stop the program
import asyncio

done = 0
items = []


async def failing():
    await asyncio.sleep(0.005)
    return items[2]


async def main():
    global done
    task = asyncio.create_task(failing())
    await asyncio.sleep(0.02)
    done = 1


asyncio.run(main())
print(done)
