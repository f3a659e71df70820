"""type(r).__name__ in a conditional expression under isinstance(r, LookupError): IndexError vs KeyError."""
import asyncio

ROW = [1, 2]
labels = []


async def job(i):
    await asyncio.sleep(0.001 * i)
    if i == 1:
        return ROW[5]
    if i == 2:
        return {"x": 1}["y"]
    return i * 10


async def main():
    results = await asyncio.gather(*(job(i) for i in range(3)), return_exceptions=True)
    for r in results:
        labels.append(type(r).__name__ if isinstance(r, LookupError) else str(r))


asyncio.run(main())
print(labels)
