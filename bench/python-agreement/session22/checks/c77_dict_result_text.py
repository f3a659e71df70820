from concurrent.futures import ThreadPoolExecutor
import asyncio

texts = []


def summary(n):
    return {"n": n, "sq": n * n}


async def fetch():
    await asyncio.sleep(0)
    return ("a", 1, None)


with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(summary, 3)
    d = f.result()
texts.append(f"dict {d['sq']} {len(d)}")
lst = asyncio.run(fetch())
texts.append(f"list {lst[0]} {lst[2]} {len(lst)}")
print(texts)
