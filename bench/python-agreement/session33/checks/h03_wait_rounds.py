import asyncio

rounds = []
results = []


async def fetch(name, hops):
    for _ in range(hops):
        await asyncio.sleep(0)
    return name


async def main():
    tasks = [
        asyncio.create_task(fetch("a", 0)),
        asyncio.create_task(fetch("b", 1)),
        asyncio.create_task(fetch("c", 1)),
        asyncio.create_task(fetch("d", 3)),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    rounds.append(len(done))
    done, pending = await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED)
    rounds.append(len(done))
    for task in tasks:
        results.append(await task)


asyncio.run(main())
print(rounds, sorted(results))
