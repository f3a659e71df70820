# `done.pop()` of wait(FIRST_COMPLETED)'s done, then a loop over `pending` that cancels and awaits
# each: the popped task is not among them (session26/a03v's form).
import asyncio

cleaned = []
cancelled_count = 0
winner = ""


async def lookup(server, delay):
    try:
        await asyncio.sleep(delay)
        return server
    except asyncio.CancelledError:
        cleaned.append(server)
        raise


async def main():
    global winner, cancelled_count
    tasks = [asyncio.create_task(lookup(name, d)) for name, d in [("a", 0.05), ("b", 0.01), ("c", 0.03)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    winner = done.pop().result()
    for task in pending:
        task.cancel()
    for task in pending:
        try:
            await task
        except asyncio.CancelledError:
            cancelled_count += 1


asyncio.run(main())
cleaned_count = len(cleaned)
print(winner, cancelled_count, cleaned_count)
