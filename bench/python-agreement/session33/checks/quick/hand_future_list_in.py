import asyncio
out = []
async def setter(fut):
    fut.set_result([1, 2])
async def main():
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(setter(fut))
    v = await fut
    out.append(2 in v)
    await t
asyncio.run(main())
print(out)
