"""Three asyncio sleeps 10 ms apart always finish in order in CPython; under its 20 ms window weft lists all 6 orders (spurious)."""
import asyncio

finish_order = []


async def download(name, seconds):
    await asyncio.sleep(seconds)
    finish_order.append(name)


async def main():
    await asyncio.gather(download("big", 0.03), download("small", 0.01), download("medium", 0.02))


asyncio.run(main())
text = ",".join(finish_order)
print(text)
