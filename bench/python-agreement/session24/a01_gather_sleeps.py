"""asyncio.gather of fake downloads; results come back in argument order whatever the finishing order."""
import asyncio

finish_order = []


async def download(name, seconds, size):
    await asyncio.sleep(seconds)
    finish_order.append(name)
    return size


async def main():
    sizes = await asyncio.gather(
        download("big", 0.03, 900),
        download("small", 0.01, 10),
        download("medium", 0.02, 250),
    )
    return sizes


sizes = asyncio.run(main())
total = sum(sizes)
print(sizes, finish_order, total)
assert sizes == [900, 10, 250]
assert finish_order == ["small", "medium", "big"]
