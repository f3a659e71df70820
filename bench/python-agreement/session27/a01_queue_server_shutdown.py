"""A simulated server: connections arrive on an asyncio.Queue, handlers run until a shutdown Event is set."""
import asyncio

responses: dict[int, str] = {}
handled_count = 0


async def handle(conn_id: int, payload: str) -> None:
    global handled_count
    await asyncio.sleep(0.005)
    responses[conn_id] = f"200 {payload[::-1]}"
    handled_count += 1


async def acceptor(incoming: asyncio.Queue, shutdown: asyncio.Event) -> None:
    handlers: set[asyncio.Task] = set()
    while not shutdown.is_set():
        try:
            conn_id, payload = await asyncio.wait_for(incoming.get(), timeout=0.02)
        except asyncio.TimeoutError:
            continue
        task = asyncio.create_task(handle(conn_id, payload))
        handlers.add(task)
        task.add_done_callback(handlers.discard)
    await asyncio.gather(*handlers)


async def main() -> None:
    incoming: asyncio.Queue = asyncio.Queue()
    shutdown = asyncio.Event()
    server = asyncio.create_task(acceptor(incoming, shutdown))
    for i, word in enumerate(["abc", "hello", "xyz"]):
        await incoming.put((i, word))
        await asyncio.sleep(0.001)
    await asyncio.sleep(0.03)
    shutdown.set()
    await server


asyncio.run(main())
print(sorted(responses.items()))
assert handled_count == 3 and responses[1] == "200 olleh"
