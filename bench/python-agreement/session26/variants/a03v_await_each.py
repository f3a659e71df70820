import asyncio

cleaned: list[str] = []
winner = ""
cancelled_count = 0


async def lookup(server: str, delay: float) -> str:
    try:
        await asyncio.sleep(delay)
        return server
    except asyncio.CancelledError:
        cleaned.append(server)
        raise


async def main() -> None:
    global winner, cancelled_count
    tasks = [asyncio.create_task(lookup(name, d)) for name, d in [("dns1", 0.05), ("dns2", 0.01), ("dns3", 0.03)]]
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
print(f"winner={winner} cancelled={cancelled_count} cleaned={sorted(cleaned)}")
assert winner == "dns2" and cancelled_count == 2
