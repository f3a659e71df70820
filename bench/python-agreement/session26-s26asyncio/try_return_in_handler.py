"""return at the end of an except handler, in a try with finally: the finally runs, then the function returns."""
import asyncio

log = []


async def fetch(n):
    try:
        await asyncio.sleep(0.01 * n)
        if n == 2:
            raise ValueError("bad")
        log.append(f"ok {n}")
        return n * 10
    except ValueError:
        log.append(f"failed {n}")
        return -1
    finally:
        log.append(f"closed {n}")


async def main():
    results = await asyncio.gather(fetch(1), fetch(2), fetch(3))
    total = sum(results)
    return total


total = asyncio.run(main())
print(total, log)
assert total == 39
