# BUG: the page-view counter reads, awaits the cache write, then stores read+1: concurrent handlers lose updates
import asyncio

views = {"/home": 0, "/about": 0}
requests_served = 0


async def cache_write(path):
    await asyncio.sleep(0)


async def handle(path):
    global requests_served
    current = views[path]
    await cache_write(path)
    views[path] = current + 1
    requests_served += 1


async def main():
    paths = ["/home", "/home", "/about", "/home"]
    async with asyncio.TaskGroup() as group:
        for path in paths:
            group.create_task(handle(path))


asyncio.run(main())
home = views["/home"]
about = views["/about"]
print(f"home={home} about={about} served={requests_served}")
assert home + about == requests_served, "lost page views"
