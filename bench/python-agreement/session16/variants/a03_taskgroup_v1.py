# no bug: TaskGroup waits for all three tasks before the block exits
import asyncio

thumbnails = []


async def make_thumbnail(name, delay):
    await asyncio.sleep(delay)
    thumbnails.append(name)
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(make_thumbnail("cat.png", 0.02))
        t2 = tg.create_task(make_thumbnail("dog.png", 0.01))
        t3 = tg.create_task(make_thumbnail("fox.png", 0.03))
    r1 = t1.result()
    r2 = t2.result()
    r3 = t3.result()
    print(r1, r2, r3)


if __name__ == "__main__":
    asyncio.run(main())
    print("made", thumbnails)
    assert len(thumbnails) == 3
