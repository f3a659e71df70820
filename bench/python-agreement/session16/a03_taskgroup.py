# no bug: TaskGroup waits for all three tasks before the block exits
import asyncio

thumbnails = []


async def make_thumbnail(name, delay):
    await asyncio.sleep(delay)
    thumbnails.append(name)
    return name.upper()


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(make_thumbnail("cat.png", 0.02))
        t2 = tg.create_task(make_thumbnail("dog.png", 0.01))
        t3 = tg.create_task(make_thumbnail("fox.png", 0.03))
    return [t1.result(), t2.result(), t3.result()]


if __name__ == "__main__":
    names = asyncio.run(main())
    print("made", thumbnails, "->", names)
    assert sorted(thumbnails) == ["cat.png", "dog.png", "fox.png"]
