# Done callbacks of asyncio tasks given as a closure a factory made and as a functools.partial: the loop
# runs each when its task ends.
# CPython 3.11.7 (agree.py, 10 runs): ok len(order)=2 order[0]=31 order[1]=402 (10 of 10). weft explore: 1 outcome(s), complete, CPython's among them.
import asyncio
import functools

order = []


def make_note(tag):
    def note(task):
        order.append(tag * 10 + task.result())
    return note


def record(tag, task):
    order.append(tag * 100 + task.result())


async def work(n):
    await asyncio.sleep(0)
    return n


async def main():
    a = asyncio.create_task(work(1))
    b = asyncio.create_task(work(2))
    a.add_done_callback(make_note(3))
    b.add_done_callback(functools.partial(record, 4))
    await asyncio.gather(a, b)
    await asyncio.sleep(0)


asyncio.run(main())
print(order)
