import asyncio

out = []


async def stage(name_in, q_in, q_out, factor):
    while True:
        item = await q_in.get()
        if item is None:
            if q_out is not None:
                await q_out.put(None)
            break
        await asyncio.sleep(0)
        if q_out is None:
            out.append(item * factor)
        else:
            await q_out.put(item * factor)


async def main():
    q1 = asyncio.Queue()
    q2 = asyncio.Queue(maxsize=1)
    stages = [
        asyncio.create_task(stage("double", q1, q2, 2)),
        asyncio.create_task(stage("tenfold", q2, None, 10)),
    ]
    for i in (1, 2, 3):
        await q1.put(i)
    await q1.put(None)
    await asyncio.gather(*stages)


asyncio.run(main())
total = sum(out)
print(out, total)
