# gather(return_exceptions=True) with a raising child: where main resumes, and the results it sees
import asyncio

spins = 0
at_resume = -1
errors = 0


async def spinner():
    global spins
    for _ in range(12):
        spins += 1
        await asyncio.sleep(0)


async def child(n):
    for _ in range(n):
        await asyncio.sleep(0)
    if n == 1:
        raise ValueError(n)
    return n


async def main():
    global at_resume, errors
    asyncio.create_task(spinner())
    results = await asyncio.gather(child(1), child(3), return_exceptions=True)
    at_resume = spins
    errors = sum(1 for r in results if isinstance(r, Exception))


asyncio.run(main())
print(at_resume, errors)
