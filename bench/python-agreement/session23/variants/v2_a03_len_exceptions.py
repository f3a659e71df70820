import asyncio


async def resolve(host):
    await asyncio.sleep(0.01 * len(host))
    return "10.0.0." + str(len(host))


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = {host: tg.create_task(resolve(host)) for host in ["db", "cache", "api"]}
    for host, task in tasks.items():
        print(host, task.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(resolve("ok"))
            tg.create_task(fail())
    except* KeyError as eg:
        print("failed", len(eg.exceptions))


async def fail():
    await asyncio.sleep(0.005)
    raise KeyError("missing")


asyncio.run(main())
