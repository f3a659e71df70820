# dict(pairs) of gather's results: a key given twice keeps its first place and its last value
import asyncio

fetched = []


async def fetch(name, delay_ms, size):
    await asyncio.sleep(delay_ms / 1000)
    fetched.append(name)
    return name, size


async def main():
    pairs = await asyncio.gather(fetch("a", 2, 10), fetch("b", 1, 20), fetch("a", 3, 30))
    return dict(pairs)


sizes = asyncio.run(main())
size_a = sizes["a"]
size_b = sizes["b"]
order = []
for key in sizes:
    order.append(key)
print(f"size_a={size_a} size_b={size_b} order={order} fetched={fetched}")
