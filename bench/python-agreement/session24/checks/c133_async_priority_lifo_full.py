"""asyncio.PriorityQueue and LifoQueue orders, and QueueFull from put_nowait on a full bounded queue."""
import asyncio

order = []
full_raised = 0


async def main():
    global full_raised
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
        pq.put_nowait(item)
    while not pq.empty():
        priority, name = await pq.get()
        order.append(name)
    lifo = asyncio.LifoQueue()
    for name in ("x", "y", "z"):
        await lifo.put(name)
    order.append(await lifo.get())
    bounded = asyncio.Queue(maxsize=1)
    bounded.put_nowait(1)
    try:
        bounded.put_nowait(2)
    except asyncio.QueueFull:
        full_raised = 1


asyncio.run(main())
text = ",".join(order)
print(text, full_raised)
