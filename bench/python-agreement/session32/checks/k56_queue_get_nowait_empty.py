# asyncio.Queue.get_nowait on an empty queue raises QueueEmpty.
import asyncio

got = []
empties = 0


async def main():
    global empties
    q = asyncio.Queue()
    q.put_nowait(1)
    for _ in range(2):
        try:
            got.append(q.get_nowait())
        except asyncio.QueueEmpty:
            empties += 1


asyncio.run(main())
print(got, empties)
