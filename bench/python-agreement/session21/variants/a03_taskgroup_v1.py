import asyncio


async def download(name, size):
    await asyncio.sleep(size / 1000)
    return name, size * 8


async def main():
    sizes = {"index.html": 20, "app.js": 50, "logo.png": 10}
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(download(name, size)) for name, size in sizes.items()]
    total_bits = 0
    for task in tasks:
        name, bits = await task
        total_bits += bits
        print(f"{name}: {bits} bits")
    print("total:", total_bits)


asyncio.run(main())
