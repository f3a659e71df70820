# BUG: two coroutines read a shared counter, sleep, and write it back; each returns [before, after]
import asyncio

counter = 0


async def bump(delay):
    global counter
    before = counter
    await asyncio.sleep(delay)
    counter = before + 1
    return [before, counter]


async def main():
    async with asyncio.TaskGroup() as group:
        one = group.create_task(bump(0.002))
        two = group.create_task(bump(0.001))
    first = one.result()
    second = two.result()
    return first[1], second[1]


a, b = asyncio.run(main())
print(a, b, counter)
assert counter == 2, f"lost update: {counter}"
