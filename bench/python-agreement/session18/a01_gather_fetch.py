# asyncio.gather over simulated fetches; results keyed by URL.
import asyncio

LATENCY_MS = {"/home": 3, "/about": 1, "/blog": 2}

pages = {}
finish_order = []


async def fetch(url):
    await asyncio.sleep(LATENCY_MS[url] / 1000)
    body = f"<h1>{url.strip('/').title()}</h1>"
    pages[url] = len(body)
    finish_order.append(url)
    return body


async def main():
    bodies = await asyncio.gather(*(fetch(u) for u in LATENCY_MS))
    return sum(len(b) for b in bodies)


if __name__ == "__main__":
    total_bytes = asyncio.run(main())
    assert finish_order == ["/about", "/blog", "/home"]
