import asyncio

LINKS_OF_ROOT = ["/a", "/b"]
LINKS_OF_A = ["/", "/c"]
seen = set()
found = set()
order = []


async def fetch(url, links):
    await asyncio.sleep(0.001)
    found.update(links)
    seen.update([url])
    order.append(len(found))


async def main():
    await asyncio.gather(fetch("/", LINKS_OF_ROOT), fetch("/a", LINKS_OF_A), fetch("/b", ["/c"]))
    seen.update(found, ("/d",))


asyncio.run(main())
print("seen", len(seen), "found", len(found), "/c" in found, "/d" in seen, "/e" in seen, "order", order)
