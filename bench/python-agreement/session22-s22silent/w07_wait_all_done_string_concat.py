# Strings added in the set's order: refused (text starts as a string, not an integer).
import asyncio

text = ""


async def work(x):
    await asyncio.sleep(x / 100)
    return str(x)


async def main():
    global text
    tasks = [asyncio.create_task(work(n)) for n in (1, 2, 3)]
    done, pending = await asyncio.wait(tasks)
    acc = ""
    for t in done:
        acc += await t
    text = acc


asyncio.run(main())
