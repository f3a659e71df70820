import asyncio
from concurrent.futures import ThreadPoolExecutor

texts = []


def nothing(x):
    y = x + 1


def pair(x):
    return x, -x


async def coro_pair(x):
    await asyncio.sleep(0)
    return (x, str(x))


async def main():
    p = await coro_pair(3)
    texts.append(f"coro {p}")


with ThreadPoolExecutor(max_workers=2) as ex:
    f1 = ex.submit(nothing, 1)
    f2 = ex.submit(pair, 4)
    r1 = f1.result()
    r2 = f2.result()
texts.append(f"none {r1}")
texts.append(f"pair {r2}")
texts.append("neg " + str(r2[1]))
asyncio.run(main())
print(texts)
