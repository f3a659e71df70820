import asyncio
out = []
async def f(n):
    await asyncio.sleep(0)
    return n * 2
async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(f(1))
        b = tg.create_task(f(2))
    out.append(a.result() + b.result())
asyncio.run(main())
print(out)
