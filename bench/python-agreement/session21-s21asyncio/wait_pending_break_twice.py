"""A loop over `pending` left by `break`, run twice: the second pass starts from the whole set again."""
import asyncio

got = []
async def work(n):
    await asyncio.sleep(n / 100)
    return n
async def main():
    a = asyncio.create_task(work(1))
    b = asyncio.create_task(work(2))
    c = asyncio.create_task(work(3))
    done, pending = await asyncio.wait([a, b, c], return_when=asyncio.FIRST_COMPLETED)
    for _ in range(2):
        for t in pending:
            got.append(await t)
            break
if __name__ == "__main__":
    asyncio.run(main())
    print(got)
