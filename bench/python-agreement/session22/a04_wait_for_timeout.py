import asyncio


async def query(db, seconds):
    await asyncio.sleep(seconds)
    return f"{db}: rows"


async def query_with_deadline(db, seconds, deadline):
    try:
        return await asyncio.wait_for(query(db, seconds), timeout=deadline)
    except asyncio.TimeoutError:
        return f"{db}: timed out after {deadline}s"


async def main():
    answers = await asyncio.gather(
        query_with_deadline("primary", 0.2, 0.05),
        query_with_deadline("replica", 0.01, 0.05),
        query_with_deadline("cache", 0.0, 0.05),
    )
    for a in answers:
        print(a)


asyncio.run(main())
