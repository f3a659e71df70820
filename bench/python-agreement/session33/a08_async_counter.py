# BUG: lost update: each visit reads the counter, awaits the database, then writes back, so concurrent visits overwrite each other
import asyncio

page_views = {"home": 0}


async def record_visit(page):
    current = page_views[page]
    await asyncio.sleep(0)  # write an audit row
    page_views[page] = current + 1


async def visitor(n):
    for _ in range(n):
        await record_visit("home")


async def main():
    await asyncio.gather(visitor(2), visitor(2), visitor(1))
    print("views", page_views["home"], "expected", 5)


asyncio.run(main())
