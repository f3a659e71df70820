# Expected: gather(return_exceptions=True) keeps going past a failing job; succeeded == 2, failed == 1.
import asyncio

succeeded = 0
failed = 0


async def job(n):
    await asyncio.sleep(0.01 * n)
    if n == 2:
        raise ValueError(f"job {n} broke")
    return n * 10


async def main():
    global succeeded, failed
    results = await asyncio.gather(job(1), job(2), job(3), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            failed += 1
        else:
            succeeded += 1
    print(f"ok={succeeded} failed={failed}")


if __name__ == "__main__":
    asyncio.run(main())
