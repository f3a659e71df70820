# functools.partial given to loop.call_soon: the callbacks run in the order given.
# CPython 3.11.7 (agree.py, 10 runs): ok len(order)=3 order[0]=12 order[1]=25 order[2]=0 (10 of 10). weft explore: 1 outcome(s), complete, CPython's among them.
import asyncio
import functools

order = []


def note(tag, n):
    order.append(tag * 10 + n)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(functools.partial(note, 1, 2))
    loop.call_soon(functools.partial(note, 2), 5)
    await asyncio.sleep(0)
    order.append(0)


asyncio.run(main())
print(order)
